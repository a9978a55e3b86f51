/**
 * Lays out a big network off the main thread, so the page stays responsive: the same
 * seeded simulation computeLayout runs, posting positions every few ticks until it ends.
 */
import type { Actor, Relation } from '../model/schema';
import { LAYOUT_PARAMS, startLayout, ticksFor } from './forceLayout';

export interface LayoutRequest {
  actors: Pick<Actor, 'id' | 'pin'>[];
  relations: Pick<Relation, 'source' | 'target'>[];
}

/** Positions as x0, y0, x1, y1, … in the order of the request's actors. */
export interface LayoutUpdate {
  positions: Float32Array;
  done: boolean;
}

const BATCH = 12;

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { actors, relations } = event.data;
  const run = startLayout({ actors: actors as Actor[], relations: relations as Relation[] }, LAYOUT_PARAMS, 0);
  const total = ticksFor(actors.length);
  const post = (done: boolean) => {
    const map = run.positions();
    const positions = new Float32Array(actors.length * 2);
    actors.forEach((a, i) => {
      const p = map.get(a.id);
      positions[i * 2] = p?.x ?? 0;
      positions[i * 2 + 1] = p?.y ?? 0;
    });
    self.postMessage({ positions, done } satisfies LayoutUpdate, { transfer: [positions.buffer] });
  };
  for (let done = 0; done < total; done += BATCH) {
    run.tick(Math.min(BATCH, total - done));
    post(false);
  }
  post(true);
};
