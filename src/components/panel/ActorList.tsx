import { useId, useMemo, useState } from 'react';
import { findActors, LIST_ACTORS_UP_TO } from '../../model/find';
import type { Actor } from '../../model/schema';
import { KIND_LABEL } from '../../model/vocabulary';
import { ActorLink } from './ActorLink';
import { KindGlyph } from '../network/KindGlyph';

/** How many actors the finder shows at once. */
export const FINDER_SHOWS = 12;

function ActorItems({ actors }: { actors: readonly Actor[] }) {
  return (
    <ul className="actor-list">
      {actors.map((a) => (
        <li key={a.id}>
          <KindGlyph kind={a.kind} />
          <span>
            <ActorLink id={a.id}>{a.name}</ActorLink>
            <span className="actor-list__kind">
              {' '}
              · {KIND_LABEL[a.kind]}
              {a.added ? ' · added from the source' : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Everyone involved, each a link to their view. A scenario too big to list (more than
 * LIST_ACTORS_UP_TO actors) gets a search by name instead, which shows the first matches.
 */
export function ActorList({ actors }: { actors: readonly Actor[] }) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const found = useMemo(() => findActors(actors, query, FINDER_SHOWS), [actors, query]);
  if (actors.length <= LIST_ACTORS_UP_TO) return <ActorItems actors={actors} />;
  const count = (n: number) => `${n.toLocaleString('en')} actor${n === 1 ? '' : 's'}`;
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
      <ActorItems actors={found.actors} />
    </div>
  );
}
