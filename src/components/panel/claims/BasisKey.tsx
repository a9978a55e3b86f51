import type { ReactNode } from 'react';
import { BASES } from '../../../model/constants';
import type { Basis } from '../../../model/schema';
import { BASIS_HELP } from '../../../model/vocabulary';

/** What each basis means, as a definition list; the term is drawn as the caller wants it (a mark, a bracketed word). */
export function BasisKey({ className, term }: { className: string; term(basis: Basis): ReactNode }) {
  return (
    <dl className={className}>
      {BASES.map((b) => (
        <div key={b}>
          <dt>{term(b)}</dt>
          <dd>{BASIS_HELP[b]}</dd>
        </div>
      ))}
    </dl>
  );
}
