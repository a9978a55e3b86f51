import { ActorShape } from './ActorShape';
import type { ActorKind } from '../../model/schema';

/** A small, decorative copy of a kind's network shape, for lists and the legend. */
export function KindGlyph({ kind, size = 20 }: { kind: ActorKind; size?: number }) {
  const r = size / 2 - 2;
  return (
    <svg className="kind-glyph" width={size} height={size} viewBox={`${-size / 2} ${-size / 2} ${size} ${size}`} aria-hidden="true" focusable="false">
      <ActorShape kind={kind} r={r} className="node-shape" />
    </svg>
  );
}
