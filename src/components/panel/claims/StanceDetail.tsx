import type { Actor, Issue, Stance } from '../../../model/schema';
import { ClaimLine } from './ClaimLine';
import { StanceScale } from './StanceScale';

/** One actor's stance on one issue: the scale, then the sentence with its basis; or the source's silence. */
export function StanceDetail({ actor, issue, stance, silentSuffix = '' }: { actor: Actor; issue: Issue; stance: Stance | undefined; silentSuffix?: string }) {
  if (!stance) {
    return (
      <p className="silent">
        The source is silent on where {actor.label} stands{silentSuffix}.
      </p>
    );
  }
  return (
    <>
      <StanceScale issue={issue} stance={stance} />
      <p className="claim">
        <ClaimLine text={stance.text} basis={stance.basis} refId={stance.ref} />
      </p>
    </>
  );
}
