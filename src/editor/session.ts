/**
 * One draft open in the editor: its document and undo history, its problems, the preview
 * the explorer shows, and storing every change (see drafts/autosave.ts). Framework-free:
 * React subscribes to it and calls its methods; a test drives it with a fake store.
 */
import { Autosaver, browserTimers, type SaveStatus, type Timers } from '../drafts/autosave';
import { DRAFT_FORMAT, titleOf, type Draft } from '../drafts/draft';
import type { PenState } from '../drafts/pen';
import type { DraftWriter } from '../drafts/store';
import type { Scenario } from '../model/schema';
import { getIn, setIn, type Doc, type Path } from './edits';
import { record, redo, settle, startHistory, undo, type History } from './history';
import { checkDraft, type Problem } from './problems';

/**
 * A draft with more actors than this is checked (and its preview redrawn) once typing pauses
 * for `CHECK_DELAY_MS`, not at each keystroke: checking a 1,000-actor scenario takes longer
 * than a frame, and a keystroke must show at once.
 */
export const CHECK_AT_ONCE_UP_TO = 150;
export const CHECK_DELAY_MS = 300;

/** What a field left empty shows in the preview while the author has not written it. */
export const PLACEHOLDER = '\u2026';

/**
 * The scenario the explorer shows for a document: the document itself when it is valid,
 * else with each empty text shown as "…" (a new scenario previews before it is written),
 * else null (the preview keeps the last one that was valid).
 */
export function previewOf(doc: Doc): Scenario | null {
  const checked = checkDraft(doc);
  if (checked.ok) return checked.scenario;
  let filled: unknown = doc;
  for (const p of checked.problems) {
    if (p.message !== 'must not be empty') continue;
    const path = parsePath(p.path);
    if (path && getIn(filled, path) === '') filled = setIn(filled, path, PLACEHOLDER);
  }
  const again = checkDraft(filled);
  return again.ok ? again.scenario : null;
}

/** `actors[2].view.wants[0].text` → `['actors', 2, 'view', 'wants', 0, 'text']`. */
export function parsePath(path: string): Path | null {
  if (path === '(root)') return [];
  const parts: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) parts.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return parts.length ? parts : null;
}

export interface SessionState {
  doc: Doc;
  canUndo: boolean;
  canRedo: boolean;
  problems: readonly Problem[];
  /** The scenario the explorer shows (the last valid one while the document is not). */
  preview: Scenario | null;
  /** A big draft changed and is not checked yet: `problems` and `preview` are from before the change. */
  checking: boolean;
  save: SaveStatus;
  /** Whether this tab writes the draft, or reads along while another tab does (drafts/pen.ts). */
  pen: PenState;
  /** The source's own text by section reference, where the author pasted it (see editor/sourceText.ts). */
  sourceText: Readonly<Record<string, string>>;
  /** Whether the browser agreed to keep the site's data when space runs short (null: it cannot say; undefined: not asked yet). */
  persisted?: boolean | null;
}

export class DraftSession {
  private history: History<Doc>;
  private readonly saver: Autosaver;
  private readonly listeners = new Set<() => void>();
  private draft: Draft;
  private checkTimer: unknown = null;
  state: SessionState;

  constructor(
    store: DraftWriter,
    draft: Draft,
    private readonly now: () => number = Date.now,
    pen: PenState = 'alone',
    private readonly timers: Timers = browserTimers,
  ) {
    this.draft = draft;
    const doc = draft.scenario as Doc;
    this.history = startHistory(doc);
    this.saver = new Autosaver(store, (save) => this.publish({ ...this.state, save }), undefined, timers);
    this.state = { doc, canUndo: false, canRedo: false, ...this.checked(doc, null), checking: false, save: { state: 'saved', at: draft.updatedAt }, pen, sourceText: draft.sourceText ?? {} };
  }

  /** Keeps pasted source text with the draft (stored with its next save, and at once). */
  addSourceText(texts: Readonly<Record<string, string>>): void {
    if (!this.writable || Object.keys(texts).length === 0) return;
    const sourceText = { ...this.state.sourceText, ...texts };
    this.draft = { ...this.draft, sourceText, updatedAt: this.now() };
    this.saver.change(this.draft);
    this.publish({ ...this.state, sourceText });
  }

  /** Whether edits are taken: not while another tab holds the pen. */
  get writable(): boolean {
    return this.state.pen !== 'elsewhere';
  }

  setPen(pen: PenState): void {
    if (pen !== this.state.pen) this.publish({ ...this.state, pen });
  }

  setPersisted(persisted: boolean | null): void {
    this.publish({ ...this.state, persisted });
  }

  /** When it was last changed, as stored. */
  get updatedAt(): number {
    return this.draft.updatedAt;
  }

  /**
   * Shows the draft as another tab stored it (this tab reads along, or has just taken the
   * pen). The undo history starts again from it: steps taken elsewhere are not this tab's to undo.
   */
  follow(draft: Draft): void {
    if (draft.id !== this.draft.id) return;
    this.draft = draft;
    const doc = draft.scenario as Doc;
    this.history = startHistory(doc);
    this.cancelCheck();
    this.publish({ ...this.state, doc, canUndo: false, canRedo: false, ...this.checked(doc, this.state.preview), checking: false, save: { state: 'saved', at: draft.updatedAt }, sourceText: draft.sourceText ?? {} });
  }

  get id(): string {
    return this.draft.id;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stores the draft as it is now (a new draft is stored before it is first shown). */
  storeNow(): Promise<void> {
    this.saver.change(this.draft);
    return this.saver.flush();
  }

  /** Replaces the document; `field` and `typed` join typing in one field into word-sized undo steps. */
  edit(next: Doc, field: string | null = null, typed = ''): void {
    if (this.writable) this.apply(record(this.history, next, field, typed));
  }

  undo(): void {
    if (this.writable) this.apply(undo(this.history));
  }

  redo(): void {
    if (this.writable) this.apply(redo(this.history));
  }

  /** The author left a field: the next keystroke starts a new undo step. */
  settle(): void {
    this.history = settle(this.history);
  }

  flush(): Promise<void> {
    return this.saver.flush();
  }

  get unsaved(): boolean {
    return this.saver.unsaved;
  }

  /** The draft as stored, for a download when storage fails. */
  json(): string {
    return `${JSON.stringify(this.history.present, null, 2)}\n`;
  }

  private apply(h: History<Doc>): void {
    if (h === this.history) return;
    const changed = h.present !== this.history.present;
    this.history = h;
    const doc = h.present;
    if (changed) {
      this.draft = { ...this.draft, format: DRAFT_FORMAT, title: titleOf(doc), updatedAt: this.now(), scenario: doc };
      this.saver.change(this.draft);
    }
    const base = { ...this.state, doc, canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
    if (!changed) return this.publish(base);
    if (doc.actors.length <= CHECK_AT_ONCE_UP_TO) {
      this.cancelCheck();
      return this.publish({ ...base, ...this.checked(doc, this.state.preview), checking: false });
    }
    // A big draft: the keystroke shows now; the check waits until typing pauses.
    this.publish({ ...base, checking: true });
    this.cancelCheck();
    this.checkTimer = this.timers.set(() => this.checkNow(), CHECK_DELAY_MS);
  }

  /** Checks a big draft now (typing paused, or a test wants the result). */
  checkNow(): void {
    this.cancelCheck();
    if (!this.state.checking) return;
    this.publish({ ...this.state, ...this.checked(this.state.doc, this.state.preview), checking: false });
  }

  private cancelCheck(): void {
    if (this.checkTimer !== null) this.timers.clear(this.checkTimer);
    this.checkTimer = null;
  }

  private checked(doc: Doc, lastPreview: Scenario | null): Pick<SessionState, 'problems' | 'preview'> {
    const checked = checkDraft(doc);
    if (checked.ok) return { problems: [], preview: checked.scenario };
    return { problems: checked.problems, preview: previewOf(doc) ?? lastPreview };
  }

  private publish(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

