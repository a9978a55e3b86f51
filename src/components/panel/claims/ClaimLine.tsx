import type { Basis } from '../../../model/schema';
import { BasisMark } from './BasisMark';
import { MentionText } from './MentionText';
import { SourceRef } from './SourceRef';

/** One claim: the sentence, then how it is supported and where. */
export function ClaimLine({ text, basis, refId }: { text: string; basis: Basis; refId: string }) {
  return (
    <>
      <span className="claim__text">
        <MentionText text={text} />
      </span>{' '}
      <span className="claim__meta">
        <BasisMark basis={basis} /> <SourceRef refId={refId} />
      </span>
    </>
  );
}
