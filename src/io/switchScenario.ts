/**
 * Every way the scenario on screen is replaced: a link, a file, the built-in one, or a
 * history entry restored by Back and Forward. Each keeps what it opens for this visit, so
 * the history can bring it back. Reading files and links loads on first use: the first
 * page, showing the built-in scenario, does not need it.
 */
import { loadDefaultScenario } from '../defaultScenario';
import type { Scenario } from '../model/schema';
import { BUILTIN, useAppStore, type ScenarioOrigin, type ViewState } from '../store/appStore';
import { linkHost, originKey } from '../store/origin';
import { keepScenario, keptScenario } from './scenarioCache';

// The link being loaded, if any; a newer request of any kind supersedes it.
let pending: AbortController | null = null;
// Counts requests, so that a slow file or link does not replace one opened after it.
let asked = 0;

function open(scenario: Scenario, origin: ScenarioOrigin, view?: Partial<ViewState>): void {
  keepScenario(originKey(origin), scenario);
  useAppStore.getState().openScenario(scenario, origin, view);
}

/** Stops loading a link or a file; the scenario on screen stays. */
export function cancelScenarioLink(): void {
  if (!pending) return;
  pending.abort();
  pending = null;
  useAppStore.getState().setLoading(null);
}

/** Shows how far the request `controller` belongs to has got, while it is still the one loading. */
function showProgress(controller: AbortController, progress: string): void {
  const { loading, setLoading } = useAppStore.getState();
  if (pending === controller && loading && loading.progress !== progress) setLoading({ ...loading, progress });
}

/**
 * Starts a new request: a link still loading is abandoned without a word, since what
 * replaces it (another link's loading line, or the scenario opened) follows in the same
 * change of state.
 */
function supersede(): number {
  pending?.abort();
  pending = null;
  return ++asked;
}

/**
 * Loads a `?scenario=` link beside the scenario on screen, with a line saying so (and a way
 * to cancel), then shows it at `view`. A refusal or a time-out leaves the screen as it was
 * and says why.
 */
export async function openScenarioLink(url: string, view?: Partial<ViewState>): Promise<void> {
  const ticket = supersede();
  const controller = new AbortController();
  pending = controller;
  const host = linkHost(url);
  useAppStore.getState().setLoading({ url, host });
  const { readScenarioUrl, describeProgress } = await import('./readScenario');
  const result = await readScenarioUrl(url, { signal: controller.signal, onProgress: (p) => showProgress(controller, describeProgress(p)) });
  if (ticket !== asked || controller.signal.aborted) return;
  pending = null;
  if (result.ok) open(result.scenario, { kind: 'url', url }, view);
  else useAppStore.getState().reportProblem({ what: `The scenario from ${host} (${url})`, errors: result.errors });
}

/** Opens a scenario carried in the address (`#shared=`), checked as a file is; a refused one leaves the screen as it was. */
export async function openSharedLink(data: string, view?: Partial<ViewState>): Promise<void> {
  const ticket = supersede();
  const { readSharedScenario } = await import('./shareLink');
  const result = await readSharedScenario(data);
  if (ticket !== asked) return;
  if (result.ok) open(result.scenario, { kind: 'shared', data }, view);
  else useAppStore.getState().reportProblem({ what: 'The scenario in this link', errors: result.errors });
}

let files = 0;

/** Opens a scenario file from the picker or a drop, with a line saying how far it has got and a way to cancel; a refused file leaves the screen as it was. */
export async function openScenarioFile(file: File): Promise<void> {
  const ticket = supersede();
  const controller = new AbortController();
  pending = controller;
  useAppStore.getState().setLoading({ url: '', host: '', name: file.name });
  const { readScenarioFile, describeProgress } = await import('./readScenario');
  const result = await readScenarioFile(file, { signal: controller.signal, onProgress: (p) => showProgress(controller, describeProgress(p)) });
  if (ticket !== asked || controller.signal.aborted) return;
  pending = null;
  if (result.ok) open(result.scenario, { kind: 'file', name: file.name, key: `${Date.now().toString(36)}-${++files}` });
  else useAppStore.getState().reportProblem({ what: `The file \u201c${file.name}\u201d`, errors: result.errors });
}

/** Shows the built-in scenario (at `view`, when a history entry asks for one). */
export async function openBuiltinScenario(view?: Partial<ViewState>): Promise<void> {
  const ticket = supersede();
  try {
    const scenario = await loadDefaultScenario();
    if (ticket === asked) open(scenario, BUILTIN, view);
  } catch (error) {
    if (ticket === asked) useAppStore.getState().reportProblem({ what: 'The built-in scenario', errors: [error instanceof Error ? error.message : String(error)] });
  }
}

/**
 * Brings back the scenario a history entry showed, with its view: from this visit's memory
 * where it can, downloading a link again where it must. A file from before a reload cannot
 * be read again without the reader, so the built-in scenario stands in and a notice says so.
 */
export async function restoreScenario(origin: ScenarioOrigin, view: Partial<ViewState>): Promise<void> {
  const kept = keptScenario(originKey(origin));
  if (kept) {
    supersede();
    open(kept, origin, view);
    return;
  }
  if (origin.kind === 'url') return openScenarioLink(origin.url, view);
  if (origin.kind === 'shared') return openSharedLink(origin.data, view);
  if (origin.kind === 'draft') {
    supersede();
    const { openDraft } = await import('../editor/open');
    return openDraft(origin.id, view);
  }
  await openBuiltinScenario(origin.kind === 'builtin' ? view : undefined);
  if (origin.kind === 'file') {
    useAppStore.getState().reportProblem({
      what: `The file \u201c${origin.name}\u201d`,
      errors: ['(root): it was opened before this page was reloaded, and a page cannot read a file again by itself: open it once more with \u201cOpen scenario\u2026\u201d or drop it here'],
    });
  }
}
