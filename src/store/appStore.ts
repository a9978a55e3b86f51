/**
 * UI state: which scenario is open and what is in focus. Derived data (lookups, layouts,
 * perspectives) is computed from this by the model, never stored here.
 */
import { create } from 'zustand';
import type { Scenario } from '../model/schema';

/** What the panel and network show: the event, the source guide, or one actor's view. */
export type Focus = { kind: 'event' } | { kind: 'source' } | { kind: 'actor'; id: string };

export interface AppState {
  scenario: Scenario | null;
  focus: Focus;
}

export interface AppActions {
  setScenario(scenario: Scenario): void;
  /** Selects an actor; an id the scenario does not hold falls back to the event. */
  selectActor(id: string): void;
  showEvent(): void;
  showSource(): void;
  setFocus(focus: Focus): void;
}

export type AppStore = AppState & AppActions;

export const EVENT: Focus = { kind: 'event' };

export function getInitialState(): AppState {
  return { scenario: null, focus: EVENT };
}

function sanitise(focus: Focus, scenario: Scenario | null): Focus {
  if (focus.kind !== 'actor') return focus;
  return scenario?.actors.some((a) => a.id === focus.id) ? focus : EVENT;
}

export const useAppStore = create<AppStore>()((set, get) => ({
  ...getInitialState(),
  setScenario: (scenario) => set({ scenario, focus: sanitise(get().focus, scenario) }),
  selectActor: (id) => set({ focus: sanitise({ kind: 'actor', id }, get().scenario) }),
  showEvent: () => set({ focus: EVENT }),
  showSource: () => set({ focus: { kind: 'source' } }),
  setFocus: (focus) => set({ focus: sanitise(focus, get().scenario) }),
}));

// Narrow selectors, declared once.
export const selectScenario = (s: AppStore) => s.scenario;
export const selectFocus = (s: AppStore) => s.focus;
export const selectFocusActorId = (s: AppStore) => (s.focus.kind === 'actor' ? s.focus.id : null);
export const selectSelectActor = (s: AppStore) => s.selectActor;
export const selectShowEvent = (s: AppStore) => s.showEvent;
export const selectShowSource = (s: AppStore) => s.showSource;
