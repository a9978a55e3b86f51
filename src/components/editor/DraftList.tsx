/**
 * The drafts stored in this browser, newest first: continue one, rename it, duplicate it, or
 * delete it (with a way back). Loaded when "Your drafts" is first opened.
 */
import { useEffect, useState } from 'react';
import './controls.css';
import type { DraftSummary } from '../../drafts/draft';
import { describeStorageError } from '../../drafts/store';
import { deleteDraft, duplicateDraft, listDrafts, openDraft, renameDraft, restoreDraft, type DeletedDraft } from '../../editor/open';

function when(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function DraftList() {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [problem, setProblem] = useState('');
  const [deleted, setDeleted] = useState<DeletedDraft | null>(null);
  /** The draft being renamed, and the name typed so far. */
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  // Bumped after a delete or an undo, to read the list again.
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  /** Runs a change to the stored drafts, saying so when the browser refuses it. */
  const attempt = (change: Promise<unknown>) =>
    void change.then(refresh, (error: unknown) => setProblem(`The browser would not change its stored drafts: ${describeStorageError(error)}.`));
  useEffect(() => {
    let live = true;
    listDrafts().then(
      (list) => {
        if (!live) return;
        setDrafts(list);
        setProblem('');
      },
      () => {
        if (!live) return;
        setDrafts([]);
        setProblem('This browser does not let the page read its stored drafts (a private window, or a page opened from a file).');
      },
    );
    return () => {
      live = false;
    };
  }, [version]);

  return (
    <div className="draft-controls__popup">
      {problem && <p role="alert">{problem}</p>}
      {deleted && (
        <p role="status">
          Deleted {'\u201c'}
          {deleted.draft.title}
          {'\u201d'}.{' '}
          <button type="button" className="button button--small" onClick={() => attempt(restoreDraft(deleted).then(() => setDeleted(null)))}>
            Undo delete
          </button>
        </p>
      )}
      {drafts === null ? (
        <p>Looking for drafts{'\u2026'}</p>
      ) : drafts.length === 0 ? (
        <p>No drafts in this browser yet.</p>
      ) : (
        <ul>
          {drafts.map((d) => (
            <li key={d.id}>
              <button type="button" className="button button--small" onClick={() => void openDraft(d.id)}>
                Continue editing {'\u201c'}
                {d.title}
                {'\u201d'}
              </button>
              <span className="draft-controls__when"> last changed {when(d.updatedAt)}</span>{' '}
              {renaming?.id === d.id ? (
                <form
                  className="draft-controls__rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    attempt(renameDraft(d.id, renaming.name).then(() => setRenaming(null)));
                  }}
                >
                  <label htmlFor={`rename-${d.id}`}>New name</label>{' '}
                  <input id={`rename-${d.id}`} type="text" value={renaming.name} onChange={(e) => setRenaming({ id: d.id, name: e.currentTarget.value })} autoFocus />{' '}
                  <button type="submit" className="button button--small" disabled={!renaming.name.trim()}>
                    Save the name
                  </button>{' '}
                  <button type="button" className="button button--small" onClick={() => setRenaming(null)}>
                    Keep the old name
                  </button>
                </form>
              ) : (
                <button type="button" className="button button--small" onClick={() => setRenaming({ id: d.id, name: d.title })}>
                  Rename {'\u201c'}
                  {d.title}
                  {'\u201d'}
                </button>
              )}{' '}
              <button type="button" className="button button--small" onClick={() => attempt(duplicateDraft(d.id))}>
                Duplicate {'\u201c'}
                {d.title}
                {'\u201d'}
              </button>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() =>
                  attempt(deleteDraft(d.id).then(setDeleted))
                }
              >
                Delete {'\u201c'}
                {d.title}
                {'\u201d'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
