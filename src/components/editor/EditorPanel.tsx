/**
 * The editor, in the panel's place while a draft is open: the network beside it is the
 * preview, redrawn as the draft changes. Every change is stored in this browser within half
 * a second; when storing fails the editor says so and offers the draft as a download.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { fileNameFor, pathString } from '../../editor/edits';
import { fieldId } from '../../editor/problems';
import { askForPen, currentSession, onReveal } from '../../editor/open';
import { parsePath, type DraftSession } from '../../editor/session';
import type { SaveStatus } from '../../drafts/autosave';
import { downloadBlob } from '../../io/download';
import { openBuiltinScenario } from '../../io/switchScenario';
import { EditorContext, type EditorContextValue } from './fields';
import { ActorList, EventFields, IssueFields, RelationList } from './sections';
import { SourceFields } from './source';
import { StepList } from './steps';
import { SharePanel } from './SharePanel';
import { Versions } from './Versions';
import './controls.css';
import './editor.css';

/** Offers the draft as a file: the way out when the browser will not store it. */
export function downloadDraft(session: DraftSession): void {
  downloadBlob(new Blob([session.json()], { type: 'application/json' }), fileNameFor(session.state.doc));
}

function statusText(save: SaveStatus): string {
  if (save.state === 'pending') return 'Saving\u2026';
  if (save.state === 'failed') return `Not saved: ${save.reason}. Your work is kept in this tab; download it to keep a copy.`;
  return save.at ? `Saved in this browser at ${new Date(save.at).toLocaleTimeString()}` : 'Saved in this browser';
}

function problemsHeading(count: number, checking: boolean): string {
  if (checking) return 'Checking the draft\u2026';
  if (count === 0) return 'Ready: the scenario is complete and valid';
  return `${count} ${count === 1 ? 'thing' : 'things'} to fix before it is complete`;
}

function persistText(persisted: boolean | null | undefined): string {
  if (persisted === true) return 'The browser has agreed to keep this site\u2019s drafts even when it runs short of space.';
  if (persisted === false) return 'The browser may clear stored drafts if it runs short of space: download a copy of work you need to keep.';
  return '';
}

function useOpenSet(): [ReadonlySet<number>, (index: number, on: boolean) => void] {
  const [open, setOpenSet] = useState<ReadonlySet<number>>(() => new Set());
  const setOpen = useCallback((index: number, on: boolean) => {
    setOpenSet((prev) => {
      const next = new Set(prev);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  }, []);
  return [open, setOpen];
}

export function EditorPanel() {
  const session = currentSession();
  if (!session) return <p className="panel__body">Opening the draft{'\u2026'}</p>;
  return <Editor key={session.id} session={session} />;
}

function Editor({ session }: { session: DraftSession }) {
  const subscribe = useCallback((listener: () => void) => session.subscribe(listener), [session]);
  const state = useSyncExternalStore(subscribe, () => session.state);
  const [actorsOpen, setActorOpen] = useOpenSet();
  const [relationsOpen, setRelationOpen] = useOpenSet();
  const context = useMemo<EditorContextValue>(
    () => ({ session, doc: state.doc, problems: state.problems, sourceText: state.sourceText }),
    [session, state.doc, state.problems, state.sourceText],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const key = e.key.toLowerCase();
    if (!(e.ctrlKey || e.metaKey) || e.altKey || (key !== 'z' && key !== 'y')) return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) session.redo();
    else session.undo();
  };

  /** Takes the keyboard to a problem's field, opening the actor or relation it is in. */
  const jumpTo = (path: string) => {
    const parts = parsePath(path) ?? [];
    if (parts[0] === 'actors' && typeof parts[1] === 'number') setActorOpen(parts[1], true);
    if (parts[0] === 'relations' && typeof parts[1] === 'number') setRelationOpen(parts[1], true);
    requestAnimationFrame(() => {
      // The field itself, or the nearest part of the path that has one.
      for (let n = parts.length; n > 0; n--) {
        const el = document.getElementById(fieldId(pathString(parts.slice(0, n))));
        if (el) {
          el.focus();
          return;
        }
      }
    });
  };

  // The network asks for a field after an edit there (an actor added, a relation drawn).
  const jump = useRef(jumpTo);
  useEffect(() => {
    jump.current = jumpTo;
  });
  useEffect(() => onReveal((path) => jump.current(path)), []);

  const failed = state.save.state === 'failed';
  const elsewhere = state.pen === 'elsewhere';
  const [asked, setAsked] = useState(false);
  if (asked && !elsewhere) setAsked(false);
  return (
    <EditorContext.Provider value={context}>
      <div className="editor" onKeyDown={onKeyDown}>
        <h2 className="editor__title" id="panel-title" tabIndex={-1}>
          Writing: {state.doc.title || 'a new scenario'}
        </h2>
        <p className={`editor__status${failed ? ' editor__status--failed' : ''}`} role={failed ? 'alert' : 'status'}>
          {statusText(state.save)}
        </p>
        {persistText(state.persisted) && <p className="field__hint">{persistText(state.persisted)}</p>}
        {elsewhere && (
          <div className="editor__pen" role="status">
            <p>
              This draft is open for writing in another tab or window. What is written there shows here as it is saved; this
              tab can only read it.
            </p>
            <button
              type="button"
              className="button"
              disabled={asked}
              onClick={() => {
                setAsked(true);
                askForPen();
              }}
            >
              {asked ? 'Asking the other tab\u2026' : 'Write here instead'}
            </button>
          </div>
        )}
        <div className="editor__tools" role="toolbar" aria-label="Draft">
          <button type="button" className="button" disabled={elsewhere || !state.canUndo} onClick={() => session.undo()} aria-keyshortcuts="Control+Z">
            Undo
          </button>
          <button type="button" className="button" disabled={elsewhere || !state.canRedo} onClick={() => session.redo()} aria-keyshortcuts="Control+Shift+Z">
            Redo
          </button>
          <button type="button" className="button" onClick={() => downloadDraft(session)}>
            Download .json
          </button>
          <button type="button" className="button" onClick={() => void session.flush().then(() => openBuiltinScenario())}>
            Close the editor
          </button>
        </div>
        <p className="field__hint">
          In the network: double-click empty space to add an actor, drag from one actor to another to link them, and press Delete
          to remove the actor in focus. The buttons below do the same by keyboard.
        </p>
        <section className="editor__problems" aria-labelledby="edit-problems">
          <h3 id="edit-problems">{problemsHeading(state.problems.length, state.checking)}</h3>
          {state.problems.length > 0 && (
            <>
              <p className="field__hint">The network shows the draft as far as it goes; empty fields show as {'\u201c\u2026\u201d'}.</p>
              <ul>
                {state.problems.slice(0, 30).map((p, i) => (
                  <li key={`${p.path}-${i}`}>
                    <button type="button" className="editor__jump" onClick={() => jumpTo(p.path)}>
                      {p.path}: {p.message}
                    </button>
                  </li>
                ))}
              </ul>
              {state.problems.length > 30 && <p>and {state.problems.length - 30} more</p>}
            </>
          )}
        </section>
        <SharePanel session={session} doc={state.doc} />
        <Versions session={session} />
        {/* Disabled as one while another tab holds the pen: nothing typed here could be kept. */}
        <fieldset className="editor__form" disabled={elsewhere}>
          <EventFields />
          <SourceFields />
          <IssueFields />
          <ActorList open={actorsOpen} setOpen={setActorOpen} />
          <RelationList open={relationsOpen} setOpen={setRelationOpen} />
          <StepList />
        </fieldset>
      </div>
    </EditorContext.Provider>
  );
}
