import { useId, useMemo, useState, type ReactNode } from 'react';
import { findActors, LIST_ACTORS_UP_TO } from '../../model/find';
import type { Actor } from '../../model/schema';
import { wholeNumber } from '../../model/constants';

/** How many actors the finder shows at once. */
export const FINDER_SHOWS = 12;

/**
 * Actors to choose from, each drawn by `children`: all of them up to LIST_ACTORS_UP_TO, and
 * above that a search by name that passes on the first FINDER_SHOWS matches and says, in a
 * polite status, how many there are. The event view's actor list and "Compare with…" share it.
 *
 * @example <ActorFinder actors={others}>{(shown) => <ul>{shown.map(…)}</ul>}</ActorFinder>
 */
export function ActorFinder({ actors, children }: { actors: readonly Actor[]; children(shown: readonly Actor[]): ReactNode }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const found = useMemo(() => findActors(actors, query, FINDER_SHOWS), [actors, query]);
  if (actors.length <= LIST_ACTORS_UP_TO) return children(actors);
  const count = (n: number) => `${wholeNumber(n)} actor${n === 1 ? '' : 's'}`;
  let status: string;
  if (!query.trim()) status = `${count(actors.length)}: type part of a name to find one. The first ${FINDER_SHOWS} are below.`;
  else if (found.total === 0) status = `No actor\u2019s name contains \u201c${query.trim()}\u201d.`;
  else if (found.total > found.actors.length) status = `${count(found.total)} match; the first ${found.actors.length} are below.`;
  else status = `${count(found.total)} match.`;
  return (
    <div className="finder">
      <label htmlFor={inputId} className="finder__label">
        Find an actor by name
      </label>
      <input
        id={inputId}
        className="finder__input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <p className="finder__status" role="status">
        {status}
      </p>
      {children(found.actors)}
    </div>
  );
}
