/**
 * Opening drafts: a new scenario, an editable copy of the one on screen, or a stored draft
 * (from the list, a reload or a history entry). The open draft's session feeds its preview
 * to the explorer and is stored at once when the page is hidden or closed. Loaded on demand
 * with the editor.
 */
import { newDraftId, titleOf, type Draft, type DraftSummary } from '../drafts/draft';
import { IndexedDbDraftStore, describeStorageError, type DraftStore } from '../drafts/store';
import type { Scenario } from '../model/schema';
import { useAppStore, type ViewState } from '../store/appStore';
import { blankScenario, copyForEditing, type Doc } from './edits';
import { DraftSession } from './session';

let store: DraftStore = new IndexedDbDraftStore();
let session: DraftSession | null = null;
let unfollow: (() => void) | null = null;

/** For tests: drafts kept elsewhere. */
export function useDraftStore(s: DraftStore): void {
  store = s;
}

/** The draft open now, if any. */
export function currentSession(): DraftSession | null {
  return session;
}

function flushOnLeave(): void {
  if (document.visibilityState === 'hidden') void session?.flush();
}

if (typeof window !== 'undefined') {
  // Stored at once when the tab is hidden or closed, not only after the usual short delay.
  window.addEventListener('pagehide', () => void session?.flush());
  document.addEventListener('visibilitychange', flushOnLeave);
  // The explorer leaves the draft (another scenario opened, Back): store what is left, and let go.
  useAppStore.subscribe(
    (s) => s.origin,
    (origin) => {
      if (session && !(origin.kind === 'draft' && origin.id === session.id)) close();
    },
  );
}

function close(): void {
  unfollow?.();
  unfollow = null;
  void session?.flush();
  session = null;
}

/** Shows a session's draft in the explorer, following its preview as it is written. */
function show(next: DraftSession, view?: Partial<ViewState>): void {
  close();
  session = next;
  let shown = next.state.preview;
  unfollow = next.subscribe(() => {
    const preview = next.state.preview;
    if (preview && preview !== shown && session === next) {
      shown = preview;
      useAppStore.getState().updateScenario(preview);
    }
  });
  const preview = next.state.preview;
  if (preview) useAppStore.getState().openScenario(preview, { kind: 'draft', id: next.id }, view);
}

async function begin(doc: Doc, basedOn?: string): Promise<void> {
  const now = Date.now();
  const draft: Draft = { format: 1, id: newDraftId(now), title: titleOf(doc), updatedAt: now, scenario: doc, ...(basedOn ? { basedOn } : {}) };
  const next = new DraftSession(store, draft);
  show(next);
  // Stored before the first keystroke, so the list of drafts has it; a failure shows in the editor.
  await next.storeNow();
}

/** A new, blank scenario with one worked example actor. */
export function startNewScenario(): Promise<void> {
  return begin(blankScenario('new-scenario'));
}

/** An editable copy of a scenario (the original is never changed). */
export function editCopy(scenario: Scenario, basedOn: string): Promise<void> {
  return begin(copyForEditing(scenario), basedOn);
}

/** Opens a stored draft; says so when this browser does not hold it (or cannot read its storage). */
export async function openDraft(id: string, view?: Partial<ViewState>): Promise<void> {
  if (session?.id === id) {
    show(session, view);
    return;
  }
  let draft: Draft | null = null;
  let why = '';
  try {
    draft = await store.get(id);
  } catch (error) {
    why = describeStorageError(error);
  }
  if (!draft) {
    useAppStore.getState().reportProblem({
      what: 'The draft',
      errors: [`(root): ${why ? `it could not be read: ${why}` : 'this browser holds no draft of that name (drafts stay in the browser they were written in)'}`],
    });
    return;
  }
  const next = new DraftSession(store, draft);
  if (!next.state.preview) {
    useAppStore.getState().reportProblem({ what: `The draft \u201c${draft.title}\u201d`, errors: ['(root): it is stored, but not in a shape this version can show'] });
    return;
  }
  show(next, view);
}

export function listDrafts(): Promise<DraftSummary[]> {
  return store.list();
}

/** Deletes a draft, returning it so that "Undo" can put it back. */
export async function deleteDraft(id: string): Promise<Draft | null> {
  const draft = await store.get(id);
  await store.remove(id);
  return draft;
}

export function restoreDraft(draft: Draft): Promise<void> {
  return store.put(draft);
}
