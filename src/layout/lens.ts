/**
 * The perspective lens: the network redrawn around one actor. The selected actor stays
 * where it is; everyone else moves onto a ring around it, nearer for those it sees warmly
 * and farther for those it sees coldly, keeping the order they had around it in the
 * overview so the picture stays familiar.
 */
import type { Attitude, Perception } from '../model/schema';
import type { Point } from './geometry';

/** Distance from the selected actor, as a share of the lens radius. */
export const RING: Record<Attitude | 'silent', number> = {
  ally: 0.55,
  partner: 0.64,
  courting: 0.73,
  wary: 0.82,
  rival: 0.91,
  adversary: 1,
  silent: 1,
};

const TAU = Math.PI * 2;

/**
 * The lens layout: positions by id, with `focusId` at its own overview position. The ring is
 * an ellipse with radii `rx` and `ry`, so it can fill a wide screen or a tall phone.
 */
export function lensLayout(
  base: ReadonlyMap<string, Point>,
  focusId: string,
  perceptions: ReadonlyMap<string, Perception>,
  { rx, ry }: { rx: number; ry: number },
): Map<string, Point> {
  const centre = base.get(focusId);
  if (!centre) return new Map(base);
  const others = [...base]
    .filter(([id]) => id !== focusId)
    .map(([id, p]) => ({ id, angle: Math.atan2(p.y - centre.y, p.x - centre.x) }))
    .sort((a, b) => a.angle - b.angle || (a.id < b.id ? -1 : 1));
  const n = others.length;
  const step = n > 0 ? TAU / n : 0;
  // Spread the others evenly, turned so that on average each keeps its old direction.
  let sx = 0;
  let sy = 0;
  others.forEach((o, i) => {
    sx += Math.cos(o.angle - i * step);
    sy += Math.sin(o.angle - i * step);
  });
  const turn = n > 0 ? Math.atan2(sy, sx) : 0;
  const out = new Map<string, Point>([[focusId, { ...centre }]]);
  others.forEach((o, i) => {
    const a = turn + i * step;
    const r = RING[perceptions.get(o.id)?.attitude ?? 'silent'];
    out.set(o.id, { x: centre.x + Math.cos(a) * r * rx, y: centre.y + Math.sin(a) * r * ry });
  });
  return out;
}

/**
 * Lens radii for a network of n actors shown in a box of the given shape (width / height):
 * the ring grows with the number of actors and takes the box's proportions.
 */
export function lensRadii(n: number, aspect: number): { rx: number; ry: number } {
  const r = Math.max(240, 80 * Math.sqrt(Math.max(n, 1)) + 40);
  const a = Math.sqrt(Math.min(2.2, Math.max(0.45, aspect)));
  return { rx: r * a, ry: r / a };
}
