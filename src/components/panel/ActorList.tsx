import type { Actor } from '../../model/schema';
import { KIND_LABEL } from '../../model/vocabulary';
import { ActorFinder } from './ActorFinder';
import { ActorLink } from './ActorLink';
import { KindGlyph } from '../network/KindGlyph';

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
  return <ActorFinder actors={actors}>{(shown) => <ActorItems actors={shown} />}</ActorFinder>;
}
