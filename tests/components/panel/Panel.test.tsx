// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '../../../src/components/panel/Panel';
import { BUILTIN, getInitialState, useAppStore } from '../../../src/store/appStore';
import { miniScenario } from '../../fixtures/mini';

const scenario = miniScenario();

beforeEach(() => {
  useAppStore.setState(getInitialState());
  useAppStore.getState().openScenario(scenario, BUILTIN);
});
afterEach(cleanup);

const renderPanel = () => render(<Panel scenario={scenario} />);

describe('Panel', () => {
  it('shows the event, its actors, issues, source and how to explore when nothing is selected', () => {
    renderPanel();
    expect(screen.getByRole('heading', { level: 2, name: 'What happened' })).toBeInTheDocument();
    expect(screen.getByText('Three parties met.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How to explore' })).toBeInTheDocument();
    expect(screen.getAllByRole('link').map((l) => l.textContent)).toEqual(['Ana Alpha', 'Bo Beta', 'The Council']);
    expect(screen.getByText('Stop now?')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Back to the event/ })).toBeNull();
  });

  it('opens an actor from the list, moves the keyboard to their heading, and comes back', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('link', { name: 'Bo Beta' }));
    // Focused as soon as it is there, whether its view had loaded or not.
    const heading = await screen.findByRole('heading', { level: 2, name: 'Bo Beta' });
    expect(heading).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: /Back to the event/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'What happened' })).toHaveFocus();
  });

  it('follows selections made elsewhere without taking the keyboard', async () => {
    renderPanel();
    const before = document.activeElement;
    act(() => useAppStore.getState().selectActor('the-council'));
    expect(await screen.findByRole('heading', { level: 2, name: 'The Council' })).toBeInTheDocument();
    expect(document.activeElement).toBe(before);
  });

  it('shows the guide to the source', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'About the source' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'About the source' })).toBeInTheDocument();
    expect(screen.getByText('(publisher not given)', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How claims are marked' })).toBeInTheDocument();
  });

  it('says so while the actor\u2019s view loads, and once loaded shows it at once', async () => {
    vi.resetModules();
    // A fresh copy of the panel, whose views have not loaded yet.
    const { Panel: FreshPanel } = await import('../../../src/components/panel/Panel');
    const { loadPanelViews } = await import('../../../src/components/panel/LazyPanels');
    const { useAppStore: store, getInitialState: initial, BUILTIN: builtin } = await import('../../../src/store/appStore');
    store.setState(initial());
    store.getState().openScenario(scenario, builtin);
    const view = render(<FreshPanel scenario={scenario} />);
    act(() => store.getState().selectActor('bo'));
    expect(screen.getByText('Loading this actor\u2019s view\u2026')).toBeInTheDocument();
    const heading = await screen.findByRole('heading', { level: 2, name: 'Bo Beta' });
    // Drawn again, the view stays the same view: what the reader was doing in it is kept.
    view.rerender(<FreshPanel scenario={scenario} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Bo Beta' })).toBe(heading);
    view.unmount();
    await loadPanelViews();
    render(<FreshPanel scenario={scenario} />);
    act(() => store.getState().selectActor('ana'));
    expect(screen.getByRole('heading', { level: 2, name: 'Ana Alpha' })).toBeInTheDocument();
    expect(screen.queryByText(/Loading/)).toBeNull();
  });

  it('says plainly when the actor\u2019s view cannot be downloaded, and offers a reload (a failed module stays failed in the page)', async () => {
    vi.resetModules();
    vi.doMock('../../../src/components/panel/panelViews', () => {
      throw new Error('offline');
    });
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => {});
    try {
      const { Panel: FreshPanel } = await import('../../../src/components/panel/Panel');
      const { useAppStore: store, getInitialState: initial, BUILTIN: builtin } = await import('../../../src/store/appStore');
      store.setState(initial());
      store.getState().openScenario(scenario, builtin);
      render(<FreshPanel scenario={scenario} />);
      act(() => store.getState().selectActor('bo'));
      expect(await screen.findByRole('alert')).toHaveTextContent('This actor\u2019s view could not be loaded. Check the connection and reload the page.');
      await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      reload.mockRestore();
      vi.doUnmock('../../../src/components/panel/panelViews');
    }
  });
});
