/**
 * Which actor is under the pointer in a big network. The browser's own hit testing walks
 * every SVG shape on each pointer move (about 17 ms at 3,000 actors); a quadtree over the
 * layout answers in microseconds. Plain TypeScript, no DOM.
 */
import { quadtree } from 'd3-quadtree';
import type { Point, Transform } from './geometry';

export interface Picker {
  /** The actor whose centre is nearest to a screen point, within `radius` screen pixels; else null. */
  pick(screen: Point, t: Transform, radius: number): string | null;
}

export function createPicker(positions: ReadonlyMap<string, Point>): Picker {
  const tree = quadtree<[string, Point]>()
    .x(([, p]) => p.x)
    .y(([, p]) => p.y)
    .addAll([...positions]);
  return {
    pick(screen, t, radius) {
      const found = tree.find((screen.x - t.x) / t.k, (screen.y - t.y) / t.k, radius / t.k);
      return found ? found[0] : null;
    },
  };
}
