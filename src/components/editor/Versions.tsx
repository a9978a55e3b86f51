/**
 * The draft's earlier versions (one a minute of work, the last 20): going back to one is an
 * edit like any other, so Undo returns to where the author was.
 */
import { useState } from 'react';
import type { DraftVersion } from '../../drafts/draft';
import { describeStorageError } from '../../drafts/store';
import { listVersions } from '../../editor/open';
import { isEditable } from '../../editor/problems';
import type { DraftSession } from '../../editor/session';

const time = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function Versions({ session }: { session: DraftSession }) {
  const [versions, setVersions] = useState<DraftVersion[] | null>(null);
  const [said, setSaid] = useState('');

  const load = () =>
    listVersions(session.id).then(setVersions, (error: unknown) => {
      setVersions([]);
      setSaid(`The browser would not read the earlier versions: ${describeStorageError(error)}.`);
    });

  return (
    <details className="editor__versions" onToggle={(e) => e.currentTarget.open && void load()}>
      <summary>Earlier versions</summary>
      {said && <p role="status">{said}</p>}
      {versions === null ? (
        <p>Looking for versions{'\u2026'}</p>
      ) : versions.length === 0 ? (
        <p>None kept yet: a version is kept each minute you work, the last 20.</p>
      ) : (
        <ul>
          {versions.map((v) => (
            <li key={v.updatedAt}>
              <button
                type="button"
                className="button button--small"
                disabled={!session.writable || !isEditable(v.scenario)}
                onClick={() => {
                  if (isEditable(v.scenario)) session.edit(v.scenario);
                  setSaid(`Went back to the version of ${time(v.updatedAt)}. Undo returns to where you were.`);
                }}
              >
                Go back to {time(v.updatedAt)}
              </button>{' '}
              <span className="draft-controls__when">{v.title}</span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
