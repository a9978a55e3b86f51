/**
 * The checking worker (load.worker.ts) for a linked scenario, started from the page's first
 * script rather than once the code that reads links has loaded: its own script then loads
 * and compiles while that code and the scenario download. readScenario takes it over.
 */
let early: Worker | null = null;

const startWorker = () => new Worker(new URL('./load.worker.ts', import.meta.url), { type: 'module' });

export function startCheckerEarly(): void {
  try {
    early ??= startWorker();
  } catch {
    // No workers here: the link is checked in the page, as it would have been.
  }
}

/** A checking worker: the one started early, or a new one (throws where there are no workers). */
export function checkerWorker(): Worker {
  return takeEarlyChecker() ?? startWorker();
}

/** The worker started early, once; null if none was (or it has been taken). */
export function takeEarlyChecker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
