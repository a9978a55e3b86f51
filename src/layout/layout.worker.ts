/**
 * Lays out a big network off the main thread, so the page stays responsive: the same
 * seeded layout in levels that networkLayout gives, posting positions after each coarse
 * level and every few ticks of the finest, until it ends.
 */
import type { Actor, Relation } from '../model/schema';
import { LAYOUT_PARAMS } from './forceLayout';
import { startLevels } from './multilevel';

export interface LayoutRequest {
  actors: Pick<Actor, 'id' | 'pin'>[];
  relations: Pick<Relation, 'source' | 'target'>[];
}

/** Positions as x0, y0, x1, y1, … in the order of the request's actors. */
export interface LayoutUpdate {
  positions: Float32Array;
  done: boolean;
}

const BATCH = 10;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { actors, relations } = event.data;
  const staged = startLevels({ actors, relations }, LAYOUT_PARAMS, 0);
  const post = (done: boolean) => {
    const map = staged.positions();
    const positions = new Float32Array(actors.length * 2);
    actors.forEach((a, i) => {
      const p = map.get(a.id);
      positions[i * 2] = p?.x ?? 0;
      positions[i * 2 + 1] = p?.y ?? 0;
    });
    self.postMessage({ positions, done } satisfies LayoutUpdate, { transfer: [positions.buffer] });
  };
  const steps = staged.run(BATCH);
  while (!steps.next().done) post(false);
  post(true);
};
