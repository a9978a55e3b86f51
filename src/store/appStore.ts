/**
 * UI state: which scenario is open and what is in focus. Derived data (lookups, layouts,
 * perspectives) is computed from this by the model, never stored here.
 */
import { create } from 'zustand';
import type { Scenario } from '../model/schema';

/** What the panel and network show: the event, the source guide, or one actor's view. */
export type Focus = { kind: 'event' } | { kind: 'source' } | { kind: 'actor'; id: string };

/** Where the open scenario came from. */
export type ScenarioOrigin = { kind: 'builtin' } | { kind: 'file'; name: string } | { kind: 'url'; url: string };

/** A scenario that was refused: what it was, and every error with its JSON path. */
export interface LoadProblem {
  what: string;
  errors: readonly string[];
}

export interface AppState {
  scenario: Scenario | null;
  origin: ScenarioOrigin;
  focus: Focus;
  problem: LoadProblem | null;
}

export interface AppActions {
  /** Shows a checked scenario in place of the current one, from its overview. */
  openScenario(scenario: Scenario, origin: ScenarioOrigin): void;
  /** Keeps the current scenario and says why another was refused. */
  reportProblem(problem: LoadProblem): void;
  dismissProblem(): void;
  /** Selects an actor; an id the scenario does not hold falls back to the event. */
  selectActor(id: string): void;
  showEvent(): void;
  showSource(): void;
  setFocus(focus: Focus): void;
}

export type AppStore = AppState & AppActions;

export const EVENT: Focus = { kind: 'event' };
export const BUILTIN: ScenarioOrigin = { kind: 'builtin' };

export function getInitialState(): AppState {
  return { scenario: null, origin: BUILTIN, focus: EVENT, problem: null };
}

function sanitise(focus: Focus, scenario: Scenario | null): Focus {
  if (focus.kind !== 'actor') return focus;
  return scenario?.actors.some((a) => a.id === focus.id) ? focus : EVENT;
}

export const useAppStore = create<AppStore>()((set, get) => ({
  ...getInitialState(),
  openScenario: (scenario, origin) => set({ scenario, origin, focus: EVENT, problem: null }),
  reportProblem: (problem) => set({ problem }),
  dismissProblem: () => set({ problem: null }),
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
export const selectOrigin = (s: AppStore) => s.origin;
export const selectProblem = (s: AppStore) => s.problem;
export const selectDismissProblem = (s: AppStore) => s.dismissProblem;
