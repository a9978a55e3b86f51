import { whenReady } from './milestones';

/** Runs `fn` once the browser is idle (or after `timeout` ms at the latest); returns a cancel. */
export function whenIdle(fn: () => void, timeout: number): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(fn, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(fn, Math.min(timeout, 2000));
  return () => window.clearTimeout(id);
}

/**
 * Runs `fn` when the browser is first idle after the network has been drawn: for code a
 * first view does not need, so it never competes with the first picture. Returns a cancel.
 */
export function afterFirstDraw(fn: () => void, timeout: number): () => void {
  let cancelIdle: (() => void) | null = null;
  let cancelled = false;
  void whenReady().then(() => {
    if (!cancelled) cancelIdle = whenIdle(fn, timeout);
  });
  return () => {
    cancelled = true;
    cancelIdle?.();
  };
}
