/**
 * A big network's layout, streamed from a worker (layout.worker.ts). It can start as soon
 * as the scenario is known: opening a file or a link starts it while the page renders the
 * network, and the network takes it over, rather than starting its own once it is on screen.
 * Framework-free; useForceLayout binds it.
 */
import type { Scenario } from '../model/schema';
import type { LayoutUpdate } from './layout.worker';

export interface LayoutStream {
  /** Gets each update from now on; the latest one at once, if some came already. */
  listen(onUpdate: (update: LayoutUpdate) => void): void;
  stop(): void;
}

/** Starts laying out `network` in a worker of its own. */
export function startLayoutStream(network: Pick<Scenario, 'actors' | 'relations'>): LayoutStream {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  let latest: LayoutUpdate | null = null;
  let listener: ((update: LayoutUpdate) => void) | null = null;
  worker.onmessage = (event: MessageEvent<LayoutUpdate>) => {
    latest = event.data;
    if (latest.done) worker.terminate();
    listener?.(latest);
  };
  worker.postMessage({
    actors: network.actors.map((a) => ({ id: a.id, pin: a.pin })),
    relations: network.relations.map((r) => ({ source: r.source, target: r.target })),
  });
  return {
    listen(onUpdate) {
      listener = onUpdate;
      if (latest) onUpdate(latest);
    },
    stop() {
      listener = null;
      worker.terminate();
    },
  };
}

let early: { scenario: Scenario; stream: LayoutStream } | null = null;

/** Starts a big network's layout before the network is rendered (see takeLayoutStream). */
export function startLayoutEarly(scenario: Scenario): void {
  early?.stream.stop();
  early = { scenario, stream: startLayoutStream(scenario) };
}

/** The layout started early for this very scenario (the one the store was given), or a new one. */
export function takeLayoutStream(scenario: Scenario): LayoutStream {
  const started = early;
  early = null;
  if (started?.scenario === scenario) return started.stream;
  started?.stream.stop();
  return startLayoutStream(scenario);
}
