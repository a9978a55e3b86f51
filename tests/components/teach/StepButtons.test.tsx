// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StepButtons } from '../../../src/components/teach/StepButtons';
import { walkSteps } from '../../../src/model/story';
import { BUILTIN, getInitialState, useAppStore } from '../../../src/store/appStore';
import { miniScenario } from '../../fixtures/mini';

beforeEach(() => {
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(miniScenario(), BUILTIN);
});
afterEach(cleanup);

describe('StepButtons', () => {
  it('steps forward and back, and each end disables its button', async () => {
    const count = walkSteps(useAppStore.getState().scenario!).length;
    useAppStore.getState().goToStep(0);
    const { rerender } = render(<StepButtons step={0} count={count} />);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(useAppStore.getState().step).toBe(1);
    rerender(<StepButtons step={count - 1} count={count} />);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeEnabled();
  });

  it('before the walk starts, Next opens the first step and Previous has nowhere to go', async () => {
    render(<StepButtons step={null} count={3} />);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(useAppStore.getState().step).toBe(0);
  });
});
