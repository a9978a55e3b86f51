import { glyphPath } from '../../layout/glyphs';
import type { ActorKind } from '../../model/schema';

/** An actor's shape by kind (circle, square, hexagon), as every picture of the network draws it. */
export function ActorShape({ kind, r, className }: { kind: ActorKind; r: number; className: string }) {
  return <path className={`${className} ${className}--${kind}`} d={glyphPath(kind, r)} />;
}
