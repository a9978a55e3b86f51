/** Node shapes: kinds of actor differ by shape as well as colour. */
import type { ActorKind } from '../model/schema';

/** An SVG path for a kind's shape of radius r, centred on the origin. */
export function glyphPath(kind: ActorKind, r: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  if (kind === 'person') return `M${f(-r)},0A${f(r)},${f(r)} 0 1,0 ${f(r)},0A${f(r)},${f(r)} 0 1,0 ${f(-r)},0Z`;
  if (kind === 'government') {
    const s = r * 0.9;
    return `M${f(-s)},${f(-s)}H${f(s)}V${f(s)}H${f(-s)}Z`;
  }
  const points = Array.from({ length: 6 }, (_, i) => {
    const a = (Math.PI / 3) * i;
    return `${f(Math.cos(a) * r * 1.08)},${f(Math.sin(a) * r * 1.08)}`;
  });
  return `M${points.join('L')}Z`;
}
