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

/** A page that opens on a view with no network (the matrix) is never "ready": wait this long at most. */
const NO_DRAW_AFTER_MS = 3000;

/**
 * Runs `fn` when the browser is first idle after the network has been drawn (or a few
 * seconds after this call, if no network is drawn): for code a first view does not need,
 * so it never competes with the first picture. Returns a cancel.
 */
export function afterFirstDraw(fn: () => void, timeout: number): () => void {
  let cancelIdle: (() => void) | null = null;
  let cancelled = false;
  let timer = 0;
  const start = () => {
    window.clearTimeout(timer);
    if (!cancelled && !cancelIdle) cancelIdle = whenIdle(fn, timeout);
  };
  timer = window.setTimeout(start, NO_DRAW_AFTER_MS);
  void whenReady().then(start);
  return () => {
    cancelled = true;
    window.clearTimeout(timer);
    cancelIdle?.();
  };
}

/** After the first picture, how long code the reader may want later waits for the reader to act. */
const LATE_MS = 6000;

/**
 * Runs `fn` for code the reader may soon want but the first picture does not need (the
 * panel's motion, the print handouts, the service worker): a moment after the reader's
 * first touch, click, key or wheel, or once the page is idle some seconds after the first
 * picture. A visit that only looks downloads none of it in its first seconds. Returns a
 * cancel.
 */
export function afterFirstUse(fn: () => void, lateMs = LATE_MS): () => void {
  // Not while the touch or key is being answered: that time belongs to what the reader asked for.
  return onFirst(['pointerdown', 'keydown', 'touchstart', 'wheel'], 1500, fn, lateMs);
}

/**
 * Runs `fn` at the reader's first sign of acting (the pointer moving over the page, a touch,
 * a key, the focus moving), or late as afterFirstUse does: for code a click may soon need,
 * so it downloads while the pointer travels to what it will click rather than after the
 * click, and a visit that only looks downloads none of it in its first seconds. Returns a
 * cancel.
 */
export function onFirstIntent(fn: () => void, lateMs = LATE_MS): () => void {
  return onFirst(['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'], 0, fn, lateMs);
}

function onFirst(events: readonly string[], delayMs: number, fn: () => void, lateMs: number): () => void {
  let cancelLate = () => {};
  const stop = () => {
    for (const e of events) window.removeEventListener(e, use, true);
    window.clearTimeout(timer);
    cancelLate();
  };
  function use() {
    stop();
    const wait = window.setTimeout(fn, delayMs);
    cancelLate = () => window.clearTimeout(wait);
  }
  for (const e of events) window.addEventListener(e, use, { capture: true, passive: true });
  const timer = window.setTimeout(() => {
    cancelLate = afterFirstDraw(() => {
      stop();
      fn();
    }, 2000);
  }, lateMs);
  return stop;
}
