// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StanceMatrix } from '../../../src/components/teach/StanceMatrix';
import type { Scenario } from '../../../src/model/schema';
import { BUILTIN, getInitialState, useAppStore } from '../../../src/store/appStore';
import { miniScenario } from '../../fixtures/mini';

let scenario: Scenario;
let onOpenActor: ReturnType<typeof vi.fn<(id: string) => void>>;

beforeEach(() => {
  scenario = miniScenario();
  scenario.issues.push({ id: 'aid', label: 'Aid', question: 'Send aid?', low: 'No aid', high: 'More aid' });
  const [ana, bo, council] = scenario.actors;
  ana!.view.stances = [{ issue: 'aid', position: -1, text: 'Ana would rather not pay.', basis: 'stated', ref: 'news#after' }];
  bo!.view.stances.push({ issue: 'aid', position: 2, text: 'Bo asks for more.', basis: 'reported', ref: 'news#talks' });
  council!.view.stances = [{ issue: 'truce', position: -2, text: 'The Council wants to keep going.', basis: 'inferred', ref: 'news#talks' }];
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(scenario, BUILTIN);
  onOpenActor = vi.fn<(id: string) => void>();
});
afterEach(cleanup);

const renderMatrix = () => render(<StanceMatrix scenario={scenario} onOpenActor={onOpenActor} />);
const table = () => screen.getByRole('table', { name: 'Where everyone stands: each actor’s stance on each issue, from −2 to +2' });
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((th) => th.textContent);
const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });

describe('StanceMatrix', () => {
  it('is a table with a row per actor and a column per issue', () => {
    renderMatrix();
    expect(rowNames()).toEqual(['Ana Alpha', 'Bo Beta', 'The Council']);
    const columns = within(table()).getAllByRole('columnheader');
    expect(columns.map((th) => within(th).queryByRole('button')?.textContent ?? th.textContent)).toEqual(['Actor', 'Truce▲▼', 'Aid▲▼']);
    expect(within(table()).getAllByRole('cell')).toHaveLength(6);
  });

  it('names each cell with the actor, the issue, the position in words and the sentence, and shows the signed position', () => {
    renderMatrix();
    const cell = screen.getByRole('cell', { name: 'Ana on Aid: −1, leans to: No aid. Ana would rather not pay.' });
    expect(cell).toHaveTextContent('−1');
    const firm = screen.getByRole('cell', { name: /^Bo on Aid: \+2, firmly for: More aid\./ });
    expect(firm).toHaveTextContent('+2');
    expect(firm.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says so where the source is silent', () => {
    renderMatrix();
    const cell = screen.getByRole('cell', { name: 'Ana on Truce: silent; the source does not say.' });
    expect(within(cell).getByText('silent')).toHaveClass('matrix__silent');
    expect(cell.querySelector('svg')).toBeNull();
    expect(screen.getByRole('cell', { name: /^Council on Aid: silent/ })).toHaveTextContent('silent');
  });

  it('sorts by an issue when its header is pressed: high end first, then low end first, then back', async () => {
    renderMatrix();
    const aid = () => header('Aid');
    expect(aid()).not.toHaveAttribute('aria-sort');
    await userEvent.click(within(aid()).getByRole('button', { name: 'Aid' }));
    expect(aid()).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Bo Beta', 'Ana Alpha', 'The Council']);
    await userEvent.click(within(aid()).getByRole('button', { name: 'Aid' }));
    expect(aid()).toHaveAttribute('aria-sort', 'ascending');
    expect(rowNames()).toEqual(['Ana Alpha', 'Bo Beta', 'The Council']);
    await userEvent.click(within(header('Truce')).getByRole('button', { name: 'Truce' }));
    expect(aid()).not.toHaveAttribute('aria-sort');
    expect(header('Truce')).toHaveAttribute('aria-sort', 'descending');
    expect(rowNames()).toEqual(['Bo Beta', 'The Council', 'Ana Alpha']);
    await userEvent.click(within(header('Truce')).getByRole('button', { name: 'Truce' }));
    await userEvent.click(within(header('Truce')).getByRole('button', { name: 'Truce' }));
    expect(header('Truce')).not.toHaveAttribute('aria-sort');
    expect(rowNames()).toEqual(['Ana Alpha', 'Bo Beta', 'The Council']);
  });

  it('shows the sentence behind a focused cell below the table, with its basis and source', () => {
    const { container } = renderMatrix();
    const details = container.querySelector('[aria-live="polite"]') as HTMLElement;
    expect(details).toHaveTextContent('Point at or move to a cell');
    fireEvent.focus(screen.getByRole('cell', { name: /^Ana on Aid/ }));
    expect(details).toHaveTextContent('Ana Alpha on Aid');
    expect(details).toHaveTextContent('Ana would rather not pay.');
    expect(within(details).getByText('Stated')).toBeInTheDocument();
    expect(within(details).getByText('Afterwards')).toBeInTheDocument();
    expect(within(details).getByRole('img', { name: /^−1 on a scale from −2 \(No aid\) to \+2 \(More aid\)/ })).toBeInTheDocument();
    fireEvent.mouseEnter(screen.getByRole('cell', { name: /^Ana on Truce/ }));
    expect(details).toHaveTextContent('The source is silent on where Ana stands on Truce.');
  });

  it('shows what an issue’s ends mean when its header is focused', () => {
    const { container } = renderMatrix();
    fireEvent.focus(within(header('Truce')).getByRole('button'));
    expect(container.querySelector('[aria-live="polite"]')).toHaveTextContent('Truce: Stop now?−2: Keep going · +2: Stop now');
  });

  it('moves between cells with the arrow keys, one tab stop for the whole grid', async () => {
    renderMatrix();
    const first = screen.getByRole('cell', { name: /^Ana on Truce/ });
    expect(within(table()).getAllByRole('cell').filter((c) => c.tabIndex === 0)).toEqual([first]);
    first.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    const boAid = screen.getByRole('cell', { name: /^Bo on Aid/ });
    expect(boAid).toHaveFocus();
    expect(boAid.tabIndex).toBe(0);
    expect(first.tabIndex).toBe(-1);
    await userEvent.keyboard('{Enter}');
    expect(onOpenActor).toHaveBeenCalledWith('bo');
  });

  it('opens an actor from their row header', async () => {
    renderMatrix();
    await userEvent.click(screen.getByRole('button', { name: 'The Council' }));
    expect(onOpenActor).toHaveBeenCalledExactlyOnceWith('the-council');
  });

  it('explains every symbol and each issue’s ends in a legend', () => {
    renderMatrix();
    const legend = screen.getByRole('region', { name: 'How to read it' });
    expect(within(legend).getByText('firmly for the issue’s high end', { exact: false })).toBeInTheDocument();
    expect(within(legend).getByText('the source is silent', { exact: false })).toBeInTheDocument();
    expect(within(legend).getByText('−2: Keep going · +2: Stop now')).toBeInTheDocument();
  });
});
