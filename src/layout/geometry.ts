/** Pure geometry for the network: numbers in, numbers (or path strings) out. */

export interface Point {
  x: number;
  y: number;
}

/** A zoom transform: screen = layout × k + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

export function apply(t: Transform, p: Point): Point {
  return { x: p.x * t.k + t.x, y: p.y * t.k + t.y };
}

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function boundsOf(points: Iterable<Point>): Bounds | null {
  let b: Bounds | null = null;
  for (const p of points) {
    if (!b) b = { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
    else {
      b.minX = Math.min(b.minX, p.x);
      b.minY = Math.min(b.minY, p.y);
      b.maxX = Math.max(b.maxX, p.x);
      b.maxY = Math.max(b.maxY, p.y);
    }
  }
  return b;
}

/** Room to keep free on each side of the viewport, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The part of the viewport left inside the margin: its centre and half-sizes. */
function innerBox(view: Size, m: Margin) {
  return {
    cx: (m.left + view.width - m.right) / 2,
    cy: (m.top + view.height - m.bottom) / 2,
    halfW: Math.max((view.width - m.left - m.right) / 2, 1),
    halfH: Math.max((view.height - m.top - m.bottom) / 2, 1),
  };
}

/**
 * The transform that shows every point inside the viewport, leaving the margin free for
 * node glyphs and their labels (which keep their size on screen).
 */
export function fitTransform(points: Iterable<Point>, view: Size, margin: Margin, maxK = 1.6): Transform {
  const box = innerBox(view, margin);
  const b = boundsOf(points);
  if (!b) return { k: 1, x: box.cx, y: box.cy };
  const w = Math.max(b.maxX - b.minX, 1);
  const h = Math.max(b.maxY - b.minY, 1);
  const k = Math.max(0.05, Math.min(maxK, (2 * box.halfW) / w, (2 * box.halfH) / h));
  return { k, x: box.cx - ((b.minX + b.maxX) / 2) * k, y: box.cy - ((b.minY + b.maxY) / 2) * k };
}

/**
 * Puts `p` in the middle of the viewport at the largest scale (up to maxK) that still shows
 * every other point, so a selected actor is centred without pushing anyone off screen.
 */
export function focusTransform(p: Point, points: Iterable<Point>, view: Size, margin: Margin, maxK = 1.6): Transform {
  const { cx, cy, halfW, halfH } = innerBox(view, margin);
  let k = maxK;
  for (const q of points) {
    const dx = Math.abs(q.x - p.x);
    const dy = Math.abs(q.y - p.y);
    if (dx > 0) k = Math.min(k, halfW / dx);
    if (dy > 0) k = Math.min(k, halfH / dy);
  }
  k = Math.max(k, 0.05);
  return { k, x: cx - p.x * k, y: cy - p.y * k };
}

/** Turns a layout a quarter turn when that fits the viewport's shape better (portrait phones). */
export function orientFor(positions: ReadonlyMap<string, Point>, view: Size): Map<string, Point> {
  const b = boundsOf(positions.values());
  const layoutWide = b ? b.maxX - b.minX >= b.maxY - b.minY : true;
  const viewWide = view.width >= view.height;
  if (layoutWide === viewWide) return new Map(positions);
  return new Map([...positions].map(([id, p]) => [id, { x: -p.y, y: p.x }]));
}

export interface LinkEnds {
  start: Point;
  /** The control point of a bent link (a quadratic curve); null for a straight one. */
  control: Point | null;
  end: Point;
}

/**
 * Where a link between two actor centres is drawn: it stops short of each glyph by its gap,
 * and bows sideways by `bend` (see parallelBends). Null when the actors are too close.
 */
export function linkEnds(a: Point, b: Point, gapStart: number, gapEnd: number, bend = 0): LinkEnds | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy);
  if (len < gapStart + gapEnd + 1) return null;
  const ux = dx / len;
  const uy = dy / len;
  const start = { x: a.x + ux * gapStart, y: a.y + uy * gapStart };
  const end = { x: b.x - ux * gapEnd, y: b.y - uy * gapEnd };
  const control = bend === 0 ? null : { x: (start.x + end.x) / 2 - uy * bend * 2, y: (start.y + end.y) / 2 + ux * bend * 2 };
  return { start, control, end };
}

/**
 * A link from a to b in screen space, as an SVG path. Its ends stop `gap` pixels short of
 * each centre so arrowheads stay visible; `bend` curves it sideways (for parallel links).
 */
export function linkPath(a: Point, b: Point, gapStart: number, gapEnd: number, bend = 0): string {
  const ends = linkEnds(a, b, gapStart, gapEnd, bend);
  if (!ends) return '';
  const { start: s, control: c, end: e } = ends;
  const f = (v: number) => Math.round(v * 10) / 10;
  return c ? `M${f(s.x)},${f(s.y)}Q${f(c.x)},${f(c.y)} ${f(e.x)},${f(e.y)}` : `M${f(s.x)},${f(s.y)}L${f(e.x)},${f(e.y)}`;
}

/**
 * Sideways offsets for links that join the same pair of actors, so none hides another.
 * Keyed by link id; a lone link gets 0.
 */
export function parallelBends(links: readonly { id: string; source: string; target: string }[], spacing = 26): Map<string, number> {
  const groups = new Map<string, { id: string; flip: boolean }[]>();
  for (const l of links) {
    const key = l.source < l.target ? `${l.source}\u0000${l.target}` : `${l.target}\u0000${l.source}`;
    const list = groups.get(key) ?? [];
    list.push({ id: l.id, flip: l.source > l.target });
    groups.set(key, list);
  }
  const out = new Map<string, number>();
  for (const list of groups.values()) {
    list.forEach((l, i) => {
      const offset = (i - (list.length - 1) / 2) * spacing;
      // Offsets are measured along the normal of the canonical direction; flip reversed links.
      out.set(l.id, l.flip ? -offset : offset);
    });
  }
  return out;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The candidate nearest to `from` in a direction (within 60° of it), for arrow-key moves.
 * Distance off the axis counts double, so the move feels like "the next one that way".
 */
export function nearestInDirection<T extends Point>(from: Point, candidates: Iterable<T>, dir: Direction): T | null {
  let best: T | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const across = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
