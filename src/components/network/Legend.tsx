import { BASES } from '../../model/constants';
import type { Scenario } from '../../model/schema';
import { KIND_LABEL, RELATION_LABEL, legendEntries } from '../../model/vocabulary';
import { BasisMark } from '../panel/claims/BasisMark';
import { useId } from 'react';
import { ArrowHead } from './ArrowHead';
import { KindGlyph } from './KindGlyph';

/** What each shape, line style and claim mark means; lists only the shapes and lines the scenario uses. */
export function Legend({ scenario }: { scenario: Scenario }) {
  const { kinds, types, anyDirected } = legendEntries(scenario);
  // The key draws its own arrowhead rather than borrowing the network's, which may not be on screen.
  const arrowId = `legend-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend__title">
        Key
      </h2>
      <ul className="legend__list">
        {kinds.map((k) => (
          <li key={k}>
            <KindGlyph kind={k} /> {KIND_LABEL[k]}
          </li>
        ))}
        {types.map((t) => (
          <li key={t}>
            <svg width="40" height="14" aria-hidden="true" focusable="false">
              <line x1="2" y1="7" x2="38" y2="7" className={`link link--${t} link--normal`} />
            </svg>
            {RELATION_LABEL[t]}
          </li>
        ))}
        {anyDirected && (
          <li>
            <svg width="40" height="14" aria-hidden="true" focusable="false">
              <defs>
                <ArrowHead id={arrowId} className="arrow arrow--normal" size={12} />
              </defs>
              <line x1="2" y1="7" x2="30" y2="7" className="link link--normal" markerEnd={`url(#${arrowId})`} />
            </svg>
            Arrow: one way
          </li>
        )}
        {BASES.map((b) => (
          <li key={b} className="legend__basis">
            <BasisMark basis={b} />
          </li>
        ))}
      </ul>
    </section>
  );
}
