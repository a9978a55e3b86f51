import type { ScenarioIndex } from '../../../model/lookup';
import type { Actor } from '../../../model/schema';
import { TieSentence } from './TieSentence';
import { ActorLink } from '../ActorLink';
import { ClaimLine } from './ClaimLine';

/** An actor's ties in the network, each as a sentence with its basis and source. */
export function TiesList({ index, actor }: { index: ScenarioIndex; actor: Actor }) {
  const ties = index.relationsOf.get(actor.id) ?? [];
  if (ties.length === 0) return <p className="silent">No ties are drawn for {actor.label}.</p>;
  const name = (id: string) => {
    const other = index.actors.get(id);
    if (!other) return id;
    return id === actor.id ? other.label : <ActorLink id={id}>{other.label}</ActorLink>;
  };
  return (
    <ul className="claims">
      {ties.map((r) => (
        <li key={r.id} className="claim">
          <strong>
            <TieSentence relation={r} name={name} />
          </strong>
          : <ClaimLine text={r.label} basis={r.basis} refId={r.ref} />
        </li>
      ))}
    </ul>
  );
}
