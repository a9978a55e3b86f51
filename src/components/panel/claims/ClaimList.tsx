import type { Claim } from '../../../model/schema';
import { ClaimLine } from './ClaimLine';

export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  return (
    <ul className="claims">
      {claims.map((c, i) => (
        <li key={i} className="claim">
          <ClaimLine text={c.text} basis={c.basis} refId={c.ref} />
        </li>
      ))}
    </ul>
  );
}
