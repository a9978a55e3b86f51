/**
 * Code the benchmark runs inside the page. It is kept as plain JavaScript text, not as
 * functions handed to Playwright: tsx compiles this file and may wrap functions in helpers
 * (such as `__name`) that do not exist in the page.
 */

/**
 * Installed with `page.addInitScript` before the app's own scripts: records long frames
 * (Long Animation Frames, or long tasks where LoAF is missing) from the start of the
 * navigation, and offers helpers as `window.__bench`.
 */
export const INIT_SCRIPT = String.raw`(() => {
  if (window.__bench) return;
  const b = { api: 'none', frames: [], rec: null, click: null };
  const types = (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes) || [];
  const type = types.includes('long-animation-frame') ? 'long-animation-frame' : types.includes('longtask') ? 'longtask' : null;
  if (type) {
    b.api = type;
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) b.frames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0 });
      }).observe({ type, buffered: true });
    } catch (err) {
      b.api = 'none';
    }
  }
  /** The longest frame overlapping [from, to], and how many long frames did. */
  b.longest = (from, to) => {
    let max = 0;
    let count = 0;
    for (const f of b.frames) {
      if (f.start + f.duration >= from && f.start <= to) {
        count++;
        if (f.duration > max) max = f.duration;
      }
    }
    return { max, count };
  };
  /** Records requestAnimationFrame times until stopFrames(). */
  b.startFrames = () => {
    const rec = { start: performance.now(), end: 0, times: [], on: true };
    b.rec = rec;
    const loop = (t) => {
      if (!rec.on) return;
      rec.times.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    return rec.start;
  };
  b.stopFrames = () => {
    const rec = b.rec;
    rec.on = false;
    rec.end = performance.now();
    const deltas = [];
    for (let i = 1; i < rec.times.length; i++) deltas.push(rec.times[i] - rec.times[i - 1]);
    return { start: rec.start, end: rec.end, deltas };
  };
  /**
   * Arms a timer for one click: from the pointerdown (captured before the app sees it) until
   * the panel heading shows the name, plus two animation frames (the frame that paints it).
   */
  b.armClick = (name, timeoutMs) => {
    b.click = new Promise((resolve, reject) => {
      let t0 = null;
      let done = false;
      const shows = () => {
        const h = document.querySelector('aside h2#panel-title');
        return !!h && (h.textContent || '').trim() === name;
      };
      const finish = () => {
        if (done || t0 === null || !shows()) return;
        done = true;
        mo.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
      };
      const mo = new MutationObserver(finish);
      mo.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      window.addEventListener('pointerdown', () => { t0 = performance.now(); queueMicrotask(finish); }, { capture: true, once: true });
      setTimeout(() => {
        if (done) return;
        done = true;
        mo.disconnect();
        const h = document.querySelector('aside h2#panel-title');
        reject(new Error(t0 === null ? 'the click never reached the page' : 'the panel heading did not show "' + name + '" (it shows "' + (h ? h.textContent : 'nothing') + '")'));
      }, timeoutMs);
    });
    b.click.catch(() => {});
  };
  Object.defineProperty(window, '__bench', { value: b });
})();`;

/** A point on the network's background (no actor under it), as near its middle as can be found. */
export const FREE_POINT = String.raw`(() => {
  const svg = document.querySelector('#network svg') || document.querySelector('svg');
  if (!svg) return null;
  const r = svg.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const pts = [];
  for (let dx = -0.4; dx <= 0.401; dx += 0.05) for (let dy = -0.4; dy <= 0.401; dy += 0.05) pts.push([cx + dx * r.width, cy + dy * r.height]);
  pts.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  for (const [x, y] of pts) {
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
    const el = document.elementFromPoint(x, y);
    if (el && svg.contains(el) && !el.closest('[data-actor]')) return { x, y, free: true };
  }
  return { x: Math.min(cx, innerWidth - 1), y: Math.min(cy, innerHeight - 1), free: false };
})()`;

/** The actor node nearest the middle of the network that a click there would really hit. */
export const MIDDLE_NODE = String.raw`(() => {
  const svg = document.querySelector('#network svg') || document.querySelector('svg');
  if (!svg) return null;
  const r = svg.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const inside = (x, y) => x > r.left + 8 && x < r.right - 8 && y > r.top + 8 && y < r.bottom - 8 && x < innerWidth && y < innerHeight;
  const nodes = [];
  for (const g of document.querySelectorAll('g[data-actor]')) {
    const shape = g.querySelector('.node-shape') || g;
    const b = shape.getBoundingClientRect();
    const x = b.left + b.width / 2;
    const y = b.top + b.height / 2;
    if (inside(x, y)) nodes.push({ g, id: g.getAttribute('data-actor'), x, y, d: Math.hypot(x - cx, y - cy) });
  }
  nodes.sort((a, b) => a.d - b.d);
  // A big network ("data-layered") finds the actor under the pointer itself, nearest centre
  // first: a click on the SVG at an actor's centre picks that actor.
  const picksItself = svg.hasAttribute('data-layered');
  for (const n of nodes.slice(0, 300)) {
    const el = document.elementFromPoint(n.x, n.y);
    if (el && (el.closest('g[data-actor]') === n.g || (picksItself && el === svg))) return { id: n.id, x: n.x, y: n.y };
  }
  return null;
})()`;

/**
 * Milestone state for the scenario `id`: whether it is drawn (data-drawn names it), data-settled,
 * when it was drawn (its 'drawn' mark) and the 'settled' marks so far.
 */
export function milestones(id: string): string {
  return String.raw`(() => ({
  ready: document.documentElement.dataset.drawn === ${JSON.stringify(id)},
  settled: document.documentElement.dataset.settled === 'true',
  readyAt: (performance.getEntriesByName('drawn').find((e) => e.detail === ${JSON.stringify(id)}) || { startTime: null }).startTime,
  settledMarks: performance.getEntriesByName('settled').map((e) => e.startTime),
}))()`;
}

/** What the page says when it did not draw as asked: its alert or boot message, if any. */
export const PAGE_PROBLEM = String.raw`(() => {
  const el = document.querySelector('[role=alert]') || document.querySelector('.boot-message');
  return ((el && el.textContent) || '').replace(/\s+/g, ' ').trim().slice(0, 200);
})()`;

/** A peer page's milestones (bench/peers/src/peer.ts): its first picture, at rest, nodes drawn, error. */
export const PEER_STATE = String.raw`(() => {
  const first = performance.getEntriesByName('first-picture')[0];
  const rest = performance.getEntriesByName('at-rest')[0];
  const d = document.documentElement.dataset;
  return {
    first: first ? first.startTime : null,
    rest: rest ? rest.startTime : null,
    restNote: (rest && rest.detail) || null,
    nodes: d.nodes ? Number(d.nodes) : null,
    error: d.error || null,
  };
})()`;

/**
 * Standpoint's milestones for the linked scenario `id`: its 'drawn' mark, data-settled, the
 * 'settled' marks so far, the actors drawn once it is on screen, and its 'evaluated' mark
 * (the first page's JS has run, before React draws anything).
 */
export function standpointState(id: string): string {
  return String.raw`(() => {
  const drawn = performance.getEntriesByName('drawn').find((e) => e.detail === ${JSON.stringify(id)});
  const evaluated = performance.getEntriesByName('evaluated')[0];
  return {
    evaluated: evaluated ? evaluated.startTime : null,
    first: drawn ? drawn.startTime : null,
    settled: document.documentElement.dataset.settled === 'true',
    settledMarks: performance.getEntriesByName('settled').map((e) => e.startTime),
    nodes: drawn ? document.querySelectorAll('g[data-actor]').length : null,
  };
})()`;
}
