import type { Basis } from '../../../model/schema';
import { BASIS_HELP, BASIS_LABEL } from '../../../model/vocabulary';

/** The mark that says how a claim is supported, in words and a shape (never colour alone). */
export function BasisMark({ basis }: { basis: Basis }) {
  return (
    <span className={`basis basis--${basis}`} title={BASIS_HELP[basis]}>
      <span className="basis__icon" aria-hidden="true" />
      {BASIS_LABEL[basis]}
    </span>
  );
}
