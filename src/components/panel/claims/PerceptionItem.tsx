import type { ReactNode } from 'react';
import type { Perception } from '../../../model/schema';
import { ATTITUDE_LABEL } from '../../../model/vocabulary';
import { ClaimLine } from './ClaimLine';

/** One line of how an actor sees another: who, the attitude in words, and the claim; or the source's silence. */
export function PerceptionItem({ who, perception, silent }: { who: ReactNode; perception: Perception | undefined; silent: string }) {
  return (
    <li className="see">
      <span className="see__who">{who}</span>
      {perception ? (
        <>
          <span className={`attitude attitude--${perception.attitude}`}>{ATTITUDE_LABEL[perception.attitude]}</span>
          <span className="claim see__line">
            <ClaimLine text={perception.text} basis={perception.basis} refId={perception.ref} />
          </span>
        </>
      ) : (
        <span className="silent see__line">{silent}</span>
      )}
    </li>
  );
}
