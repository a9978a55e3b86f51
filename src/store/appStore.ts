/**
 * UI state: which scenario is open, what is in focus, and how it is being shown (presenting,
 * walking through a story, predicting). Derived data (lookups, layouts, perspectives,
 * comparisons) is computed from this by the model, never stored here.
 */
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Scenario } from '../model/schema';
import { clampStep, walkSteps } from '../model/story';

/** What the panel and network show: the event, the source guide, the stance matrix, or one actor's view (maybe compared with another's). */
export type Focus = { kind: 'event' } | { kind: 'source' } | { kind: 'matrix' } | { kind: 'actor'; id: string; compare?: string };

/**
 * Where the open scenario came from. A file has a key of its own, so a history entry can
 * tell two files of the same name apart.
 */
export type ScenarioOrigin =
  | { kind: 'builtin' }
  | { kind: 'file'; name: string; key: string }
  | { kind: 'url'; url: string }
  /** A draft being written in the editor (stored in this browser). */
  | { kind: 'draft'; id: string }
  /** A scenario carried inside the address itself (`#shared=`, see io/shareLink.ts). */
  | { kind: 'shared'; data: string }
  /** The scenario a teacher shows to a class session this phone has joined. */
  | { kind: 'class'; code: string };

/** A linked scenario being downloaded and checked, beside the one on screen. */
/** A scenario on its way in: a link (`url`, from `host`) or a file (`name`). */
export interface LinkLoading {
  url: string;
  host: string;
  /** The file's name, when it is a file rather than a link. */
  name?: string;
  /** How far it has got, in words ("Checking 3,000 actors and 9,000 relations…"). */
  progress?: string;
}

/** A scenario that was refused: what it was, and every error with its JSON path. */
export interface LoadProblem {
  what: string;
  errors: readonly string[];
}

/** The part of the state a link (or another window) carries. */
export interface ViewState {
  focus: Focus;
  /** The walk-through step shown (0-based), or null when not walking. */
  step: number | null;
  presenting: boolean;
  /** Predict, then reveal: actors' views start hidden. */
  predict: boolean;
  /** Actors whose views have been revealed in predict mode. */
  revealed: readonly string[];
}

export interface AppState extends ViewState {
  scenario: Scenario | null;
  origin: ScenarioOrigin;
  problem: LoadProblem | null;
  loading: LinkLoading | null;
  /** The projector shows nothing (B or . on a clicker). */
  blank: boolean;
  /** An audience window has said hello: the presenter's notes can show on this screen. */
  audienceConnected: boolean;
  /** Whether the presenter chose to show or hide the notes (null: show them once an audience window joins). */
  notesChoice: boolean | null;
}

export interface AppActions {
  /**
   * Shows a checked scenario in place of the current one, from its overview or at the view
   * given (a link's `?actor=`, a history entry's), in one change of state.
   */
  openScenario(scenario: Scenario, origin: ScenarioOrigin, view?: Partial<ViewState>): void;
  /** Shows a new version of the scenario on screen (the editor's preview), keeping the view where it can. */
  updateScenario(scenario: Scenario): void;
  /** Keeps the current scenario and says why another was refused (ending any link's loading). */
  reportProblem(problem: LoadProblem): void;
  setLoading(loading: LinkLoading | null): void;
  dismissProblem(): void;
  /** Selects an actor; an id the scenario does not hold falls back to the event. */
  selectActor(id: string): void;
  /** Compares the selected actor with another (null ends the comparison). */
  compareWith(id: string | null): void;
  showEvent(): void;
  showSource(): void;
  showMatrix(): void;
  setFocus(focus: Focus): void;
  /** Applies a whole view at once (from the URL or the other window). */
  applyView(view: Partial<ViewState> & { blank?: boolean }): void;
  setPresenting(on: boolean): void;
  /** Opens a step of the walk-through (clamped), with the view it names; null leaves the walk. */
  goToStep(step: number | null): void;
  nextStep(): void;
  previousStep(): void;
  setBlank(on: boolean): void;
  setAudienceConnected(on: boolean): void;
  setNotesShown(on: boolean): void;
  setPredict(on: boolean): void;
  reveal(id: string): void;
}

export type AppStore = AppState & AppActions;

export const EVENT: Focus = { kind: 'event' };
export const BUILTIN: ScenarioOrigin = { kind: 'builtin' };

export function getInitialState(): AppState {
  return { scenario: null, origin: BUILTIN, focus: EVENT, problem: null, loading: null, step: null, presenting: false, predict: false, revealed: [], blank: false, audienceConnected: false, notesChoice: null };
}

/** Keeps a focus to what the scenario holds: unknown actors fall back to the event, unknown comparisons are dropped. */
export function sanitiseFocus(focus: Focus, scenario: Scenario | null): Focus {
  if (focus.kind !== 'actor') return focus;
  const has = (id: string) => scenario?.actors.some((a) => a.id === id) ?? false;
  if (!has(focus.id)) return EVENT;
  if (focus.compare !== undefined && (focus.compare === focus.id || !has(focus.compare))) return { kind: 'actor', id: focus.id };
  return focus;
}

/**
 * Keeps a view to what the scenario holds: focus, step and revealed actors. A step given
 * without a focus opens the view that step names.
 */
export function sanitiseView<V extends Partial<ViewState>>(view: V, scenario: Scenario | null): V {
  const next = { ...view };
  if (view.focus) next.focus = sanitiseFocus(view.focus, scenario);
  if (view.step !== undefined) next.step = scenario ? clampStep(scenario, view.step) : null;
  if (!view.focus && scenario && next.step !== undefined && next.step !== null) next.focus = focusForStep(scenario, next.step);
  if (view.revealed && scenario) next.revealed = view.revealed.filter((id) => scenario.actors.some((a) => a.id === id));
  return next;
}

/** The view a walk-through step opens. */
export function focusForStep(scenario: Scenario, step: number): Focus {
  const s = walkSteps(scenario)[step];
  if (s?.compare) return { kind: 'actor', id: s.compare[0], compare: s.compare[1] };
  if (s?.actor) return { kind: 'actor', id: s.actor };
  return EVENT;
}

export const useAppStore = create<AppStore>()(
  subscribeWithSelector((set, get) => ({
    ...getInitialState(),
    openScenario: (scenario, origin, view = {}) =>
      set({ scenario, origin, problem: null, loading: null, focus: EVENT, step: null, revealed: [], ...sanitiseView(view, scenario) }),
    updateScenario: (scenario) => {
      const s = get();
      set({ scenario, ...sanitiseView({ focus: s.focus, step: s.step, revealed: s.revealed }, scenario) });
    },
    reportProblem: (problem) => set({ problem, loading: null }),
    setLoading: (loading) => set({ loading }),
    dismissProblem: () => set({ problem: null }),
    selectActor: (id) => set({ focus: sanitiseFocus({ kind: 'actor', id }, get().scenario) }),
    compareWith: (id) => {
      const { focus, scenario } = get();
      if (focus.kind !== 'actor') return;
      set({ focus: sanitiseFocus(id === null ? { kind: 'actor', id: focus.id } : { ...focus, compare: id }, scenario) });
    },
    showEvent: () => set({ focus: EVENT }),
    showSource: () => set({ focus: { kind: 'source' } }),
    showMatrix: () => set({ focus: { kind: 'matrix' } }),
    setFocus: (focus) => set({ focus: sanitiseFocus(focus, get().scenario) }),
    applyView: (view) => set(sanitiseView(view, get().scenario)),
    setPresenting: (presenting) => set(presenting ? { presenting } : { presenting, blank: false }),
    goToStep: (step) => {
      const { scenario } = get();
      if (!scenario) return;
      const clamped = clampStep(scenario, step);
      set(clamped === null ? { step: null } : { step: clamped, focus: focusForStep(scenario, clamped), blank: false });
    },
    nextStep: () => get().goToStep((get().step ?? -1) + 1),
    previousStep: () => get().goToStep(Math.max(0, (get().step ?? 1) - 1)),
    setBlank: (blank) => set({ blank }),
    setAudienceConnected: (audienceConnected) => set({ audienceConnected }),
    setNotesShown: (on) => set({ notesChoice: on }),
    setPredict: (predict) => set(predict ? { predict } : { predict, revealed: [] }),
    reveal: (id) => {
      const { revealed } = get();
      if (!revealed.includes(id)) set({ revealed: [...revealed, id] });
    },
  })),
);

/**
 * The store's actions, for components: they never change, so reading them re-renders
 * nothing and needs no selector each.
 */
const actions = Object.fromEntries(Object.entries(useAppStore.getState()).filter(([, value]) => typeof value === 'function')) as unknown as AppActions; // cast: every function in the store is one of its actions

export function useAppActions(): AppActions {
  return actions;
}

// Narrow selectors, declared once.
export const selectScenario = (s: AppStore) => s.scenario;
export const selectFocus = (s: AppStore) => s.focus;
export const selectFocusActorId = (s: AppStore) => (s.focus.kind === 'actor' ? s.focus.id : null);
export const selectOrigin = (s: AppStore) => s.origin;
export const selectProblem = (s: AppStore) => s.problem;
export const selectLoading = (s: AppStore) => s.loading;
export const selectPresenting = (s: AppStore) => s.presenting;
export const selectStep = (s: AppStore) => s.step;
export const selectBlank = (s: AppStore) => s.blank;
/** Notes stay hidden on a single screen (the class would read them) until an audience window joins or the presenter shows them. */
export const selectNotesShown = (s: AppStore) => s.notesChoice ?? s.audienceConnected;
export const selectPredict = (s: AppStore) => s.predict;
export const selectRevealed = (s: AppStore) => s.revealed;
