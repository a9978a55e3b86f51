/**
 * Opening drafts: a new scenario, an editable copy of the one on screen, or a stored draft
 * (from the list, a reload or a history entry). The open draft's session feeds its preview
 * to the explorer and is stored at once when the page is hidden or closed. When the same
 * draft is open in several tabs, one writes (it holds the pen) and the others read along.
 * Loaded on demand with the editor.
 */
import { DraftChannel, type DraftMessage } from '../drafts/channel';
import { newDraftId, titleOf, type Draft, type DraftSummary, type DraftVersion } from '../drafts/draft';
import { DraftPen, type PenState } from '../drafts/pen';
import { IndexedDbDraftStore, askToPersist, describeStorageError, type DraftStore } from '../drafts/store';
import type { Scenario } from '../model/schema';
import { useAppStore, type ViewState } from '../store/appStore';
import { blankScenario, copyForEditing, type Doc } from './edits';
import { isEditable } from './problems';
import { DraftSession } from './session';

let store: DraftStore = new IndexedDbDraftStore();
let session: DraftSession | null = null;
let pen: DraftPen | null = null;
let unfollow: (() => void) | null = null;
/** Asked once a page: whether the browser will keep the site's data when space runs short. */
let persisted: Promise<boolean | null> | null = null;

/** Listeners that open a field of the editor by its path (the network asks, after an edit there). */
const revealers = new Set<(path: string) => void>();

/** Opens the editor at a field (`actors[3].name`), as the list of problems does. */
export function revealInEditor(path: string): void {
  for (const reveal of revealers) reveal(path);
}

export function onReveal(reveal: (path: string) => void): () => void {
  revealers.add(reveal);
  return () => revealers.delete(reveal);
}

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
  const last = session;
  const lastPen = pen;
  session = null;
  pen = null;
  // The pen is given back once the last change is stored, so a tab taking it reads it.
  void last?.flush().finally(() => lastPen?.close());
}

/** A stored draft newer than the session's, shown in it (the tab reads along, or has just taken the pen). */
async function catchUp(next: DraftSession): Promise<void> {
  const stored = await store.get(next.id).catch(() => null);
  if (stored && isEditable(stored.scenario) && stored.updatedAt > next.updatedAt && session === next) next.follow(stored);
}

let channel: DraftChannel | null = null;

function onMessage(message: DraftMessage): void {
  const current = session;
  if (!current || message.id !== current.id) return;
  if (message.kind === 'saved' && current.state.pen === 'elsewhere' && message.updatedAt > current.updatedAt) void catchUp(current);
  if (message.kind === 'handover' && current.state.pen === 'holding') {
    const holding = pen;
    void current.flush().finally(() => {
      if (pen === holding) holding?.letGo();
    });
  }
}

/** Asks the tab writing the open draft to hand over the pen; this tab takes it when it is let go. */
export function askForPen(): void {
  if (session && session.state.pen === 'elsewhere') channel?.post({ kind: 'handover', id: session.id });
}

/**
 * Shows a session's draft in the explorer, following its preview as it is written, once it
 * is known whether this tab holds the pen; says to other tabs when each change is stored.
 */
async function show(next: DraftSession, view?: Partial<ViewState>): Promise<void> {
  close();
  session = next;
  channel ??= new DraftChannel(onMessage);
  let was: PenState = next.state.pen;
  const nextPen = new DraftPen(next.id, (state) => {
    if (session !== next) return;
    // Taken over from another tab: read what it stored before writing on.
    if (state === 'holding' && was === 'elsewhere') void catchUp(next).finally(() => session === next && next.setPen(state));
    else next.setPen(state);
    was = state;
  });
  pen = nextPen;
  await nextPen.start();
  if (session !== next) return;
  let shown = next.state.preview;
  let told = next.state.save;
  unfollow = next.subscribe(() => {
    const { preview, save } = next.state;
    if (preview && preview !== shown && session === next) {
      shown = preview;
      useAppStore.getState().updateScenario(preview);
    }
    if (save !== told && save.state === 'saved' && next.state.pen !== 'elsewhere') channel?.post({ kind: 'saved', id: next.id, updatedAt: save.at });
    told = save;
  });
  persisted ??= askToPersist();
  void persisted.then((p) => next.setPersisted(p));
  // A draft that cannot be drawn yet (a claim citing a section since removed, say) opens
  // with the scenario on screen as its picture until its problems are fixed.
  const preview = next.state.preview ?? useAppStore.getState().scenario;
  if (preview) useAppStore.getState().openScenario(preview, { kind: 'draft', id: next.id }, view);
}

async function begin(doc: Doc, basedOn?: string): Promise<void> {
  const now = Date.now();
  const draft: Draft = { format: 1, id: newDraftId(now), title: titleOf(doc), updatedAt: now, scenario: doc, ...(basedOn ? { basedOn } : {}) };
  const next = new DraftSession(store, draft);
  await show(next);
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
    const preview = session.state.preview;
    if (preview) useAppStore.getState().openScenario(preview, { kind: 'draft', id }, view);
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
  if (!isEditable(draft.scenario)) {
    useAppStore.getState().reportProblem({ what: `The draft \u201c${draft.title}\u201d`, errors: ['(root): it is stored, but not in a shape this version can show'] });
    return;
  }
  await show(new DraftSession(store, draft), view);
}

export function listDrafts(): Promise<DraftSummary[]> {
  return store.list();
}

/** A deleted draft and its versions, kept in the page so "Undo delete" can put them back. */
export interface DeletedDraft {
  draft: Draft;
  versions: DraftVersion[];
}

/** Deletes a draft and its versions, returning them so that "Undo delete" can put them back. */
export async function deleteDraft(id: string): Promise<DeletedDraft | null> {
  const draft = await store.get(id);
  if (!draft) return null;
  const versions = await store.versions(id);
  await store.remove(id);
  return { draft, versions };
}

export async function restoreDraft({ draft, versions }: DeletedDraft): Promise<void> {
  await store.putVersions(versions);
  await store.put(draft);
}

/** A stored draft's scenario as an object to change a field of (an unreadable one as empty). */
function scenarioFields(draft: Draft): Record<string, unknown> {
  return draft.scenario && typeof draft.scenario === 'object' ? (draft.scenario as Record<string, unknown>) : {};
}

/** A copy of a stored draft, under a new id and "(copy)" after its title; the original is unchanged. */
export async function duplicateDraft(id: string): Promise<DraftSummary | null> {
  const draft = await store.get(id);
  if (!draft) return null;
  const now = Date.now();
  const doc = scenarioFields(draft);
  const title = `${titleOf(doc)} (copy)`;
  const copy: Draft = { ...draft, id: newDraftId(now), title, updatedAt: now, scenario: { ...doc, title } };
  await store.put(copy);
  return { id: copy.id, title: copy.title, updatedAt: copy.updatedAt };
}

/** Renames a stored draft: its scenario's title, which is its name in the list. */
export async function renameDraft(id: string, title: string): Promise<void> {
  const draft = await store.get(id);
  const name = title.trim();
  if (!draft || !name) return;
  // The draft open in this tab is renamed through its session, so its undo and its saves agree.
  if (session?.id === id) {
    session.edit({ ...session.state.doc, title: name });
    return session.flush();
  }
  const doc = scenarioFields(draft);
  await store.put({ ...draft, title: titleOf({ title: name }), updatedAt: Date.now(), scenario: { ...doc, title: name } });
}

/** The open draft's earlier versions, newest first. */
export function listVersions(id: string): Promise<DraftVersion[]> {
  return store.versions(id);
}
