/**
 * Milestones any tool can read: `data-ready="true"` on <html> once the network is first
 * drawn, and `data-settled` true while nothing moves (false during a glide), with
 * `performance.mark` entries of the same names. Tests wait on these instead of on time.
 */
let active = 0;
let announceReady: () => void = () => {};
const ready = new Promise<void>((resolve) => {
  announceReady = resolve;
});

/** Resolves once the network has first been drawn: code the first view does not need can wait for it. */
export function whenReady(): Promise<void> {
  return ready;
}

function root(): HTMLElement | null {
  return typeof document === 'undefined' ? null : document.documentElement;
}

/**
 * Runs `fn` once the frame now being prepared has been painted: after an animation frame,
 * a message, which runs after that frame's paint (as the benchmark's peer pages mark their
 * first picture). A milestone marked from a React effect instead would come before the
 * browser has laid out and painted what it marks: for the built-in scenario, about 100 ms
 * before the first paint on a 2-core machine.
 */
export function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'undefined' || typeof MessageChannel === 'undefined') {
    fn();
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(0);
  });
}

/**
 * Call once the first page's JS has all been fetched, parsed and run, before React renders
 * anything: the 'evaluated' mark. It is the floor under any first picture React draws, and
 * `npm run bench:peers` sets it beside the peers' first pictures.
 */
export function markEvaluated(): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName('evaluated', 'mark').length > 0) return;
  performance.mark('evaluated');
}

/** Call once the network has been drawn for the first time. */
export function markReady(): void {
  const el = root();
  if (!el || el.dataset.ready === 'true') return;
  el.dataset.ready = 'true';
  performance.mark('ready');
  announceReady();
  if (active === 0) markSettled();
}

/**
 * Call when a scenario has been drawn whole: `data-drawn` on <html> names it, and a 'drawn'
 * mark (its detail the scenario's id) says when. A linked scenario is drawn after the
 * built-in one that stands in while it loads, so this, not 'ready', tells when it is on screen.
 */
export function markDrawn(scenarioId: string): void {
  const el = root();
  if (!el || el.dataset.drawn === scenarioId) return;
  el.dataset.drawn = scenarioId;
  performance.mark('drawn', { detail: scenarioId });
}

function markSettled(): void {
  const el = root();
  if (!el) return;
  el.dataset.settled = 'true';
  performance.mark('settled');
}

/** Records that something started to move; call the returned function (once) when it stops. */
export function motionStarted(): () => void {
  active += 1;
  const el = root();
  if (el) el.dataset.settled = 'false';
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    active -= 1;
    if (active === 0 && root()?.dataset.ready === 'true') markSettled();
  };
}
