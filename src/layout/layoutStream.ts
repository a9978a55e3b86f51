/**
 * A big network's layout, streamed from a worker (layout.worker.ts). The worker can be
 * started ahead of its network: while a big file or link is still being checked, its script
 * loads and compiles, and the layout starts at once when the network is first drawn.
 * (Starting the layout itself before then was tried: the network came to rest about 100 ms
 * sooner at 1,000 actors, but the worker slowed the first render, the picture came later and
 * the longest frame grew from 130 to 210 ms.) Framework-free; useForceLayout binds it.
 */
import type { Scenario } from '../model/schema';
import type { LayoutUpdate } from './layout.worker';

export interface LayoutStream {
  /** Gets each update from now on (the worker answers only after the caller's turn). */
  listen(onUpdate: (update: LayoutUpdate) => void): void;
  stop(): void;
}

// A worker started before its network is known, so its script loads and compiles meanwhile.
let warm: Worker | null = null;

const startWorker = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts a layout worker for a network about to open (a file or link still being checked,
 * once it is known to be big); the next stream takes it.
 */
export function warmLayout(): void {
  warm ??= startWorker();
}

/** Ends a worker started ahead of a network that will not open (it was refused or cancelled). */
export function coolLayout(): void {
  warm?.terminate();
  warm = null;
}

/** Starts laying out `network` in a worker of its own. */
export function startLayoutStream(network: Pick<Scenario, 'actors' | 'relations'>): LayoutStream {
  const worker = warm ?? startWorker();
  warm = null;
  let listener: ((update: LayoutUpdate) => void) | null = null;
  worker.onmessage = (event: MessageEvent<LayoutUpdate>) => {
    if (event.data.done) worker.terminate();
    listener?.(event.data);
  };
  worker.postMessage({
    actors: network.actors.map((a) => ({ id: a.id, pin: a.pin })),
    relations: network.relations.map((r) => ({ source: r.source, target: r.target })),
  });
  return {
    listen(onUpdate) {
      listener = onUpdate;
    },
    stop() {
      listener = null;
      worker.terminate();
    },
  };
}
