/**
 * The link layer of a big network, drawn on one canvas instead of thousands of SVG paths:
 * a canvas redraw costs a few milliseconds where the browser would otherwise restyle,
 * lay out and repaint every path. Links are decoration here (the actors are the SVG
 * buttons, and the panel lists every relation as text), so nothing is lost to assistive
 * technology. The look comes from the same CSS as the SVG links (see `readLinkStyles`).
 */
import { apply, linkEnds, type Point, type Transform } from '../layout/geometry';
import type { Relation, RelationType } from '../model/schema';

/** A batch of more links than this, seen from afar, is drawn as hairlines. */
export const HAIRLINES_FROM = 200;

export interface LinkBatch {
  type: RelationType;
  relations: Relation[];
}

/** Links grouped by type, so each type is drawn with one style (and from afar, one path). */
export function batchLinks(relations: readonly Relation[]): LinkBatch[] {
  const batches = new Map<RelationType, LinkBatch>();
  for (const r of relations) {
    let batch = batches.get(r.type);
    if (!batch) {
      batch = { type: r.type, relations: [] };
      batches.set(r.type, batch);
    }
    batch.relations.push(r);
  }
  return [...batches.values()];
}

export interface LinkStyle {
  stroke: string;
  width: number;
  dash: number[];
  alpha: number;
}

export type LinkStyleOf = (type: RelationType) => LinkStyle;

/**
 * Reads the computed look of each type of link from sample SVG paths styled by the app's
 * CSS (each marked `data-sample="<type>"`), all at once: reading a computed style may make
 * the browser restyle the page, so do it once per theme, not during a click.
 */
export function readLinkStyles(samples: ParentNode): LinkStyleOf {
  const styles = new Map<string, LinkStyle>();
  for (const el of samples.querySelectorAll('[data-sample]')) {
    const css = getComputedStyle(el);
    const dash = css.strokeDasharray && css.strokeDasharray !== 'none' ? css.strokeDasharray.split(/[\s,]+/).map(parseFloat) : [];
    styles.set(el.getAttribute('data-sample') ?? '', {
      stroke: css.stroke || FALLBACK.stroke,
      width: numberOr(css.strokeWidth, FALLBACK.width),
      dash: dash.filter((v) => Number.isFinite(v)),
      alpha: numberOr(css.opacity, FALLBACK.alpha),
    });
  }
  return (type) => styles.get(type) ?? FALLBACK;
}

const FALLBACK: LinkStyle = { stroke: '#777', width: 2, dash: [], alpha: 1 };

function numberOr(text: string | undefined, fallback: number): number {
  const v = parseFloat(text ?? '');
  return Number.isFinite(v) ? v : fallback;
}

export interface LinkScene {
  batches: readonly LinkBatch[];
  positions: ReadonlyMap<string, Point>;
  transform: Transform;
  bends: ReadonlyMap<string, number>;
  /** How far a link stops short of an actor's centre, and of a target it points to. */
  gap: number;
  arrowGap: number;
  style: LinkStyleOf;
  /** Arrowheads, dash patterns and full line widths for every link: only up close (see layout/lod.ts). */
  detailed: boolean;
}

/** Draws every link onto the canvas, sized to `width` × `height` CSS pixels. */
export function drawLinks(canvas: HTMLCanvasElement, width: number, height: number, scene: LinkScene): void {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const { positions, transform: t } = scene;
  // Room for a bent link's bulge beyond the line between its ends.
  let margin = 0;
  for (const bend of scene.bends.values()) margin = Math.max(margin, Math.abs(bend) * 2);
  for (const batch of scene.batches) {
    const style = scene.style(batch.type);
    // Many links seen from afar are drawn as hairlines in one path, which the browser draws
    // in a few milliseconds; wider lines in one path take it a hundred times longer, so
    // wider lines (up close, or just a few) are stroked one by one.
    const hairlines = !scene.detailed && batch.relations.length > HAIRLINES_FROM;
    const heads: { tip: Point; from: Point }[] = [];
    ctx.globalAlpha = style.alpha;
    ctx.strokeStyle = style.stroke;
    ctx.fillStyle = style.stroke;
    ctx.lineWidth = hairlines ? 1 : style.width;
    ctx.lineCap = hairlines ? 'butt' : 'round';
    // Dash patterns are costly to draw and illegible from afar: only up close.
    ctx.setLineDash(scene.detailed ? style.dash : []);
    if (hairlines) ctx.beginPath();
    for (const r of batch.relations) {
      const a = positions.get(r.source);
      const b = positions.get(r.target);
      if (!a || !b) continue;
      const from = apply(t, a);
      const to = apply(t, b);
      if (offScreen(from, to, width, height, margin)) continue;
      const ends = linkEnds(from, to, scene.gap, r.directed ? scene.arrowGap : scene.gap, scene.bends.get(r.id) ?? 0);
      if (!ends) continue;
      if (!hairlines) ctx.beginPath();
      ctx.moveTo(ends.start.x, ends.start.y);
      if (ends.control) ctx.quadraticCurveTo(ends.control.x, ends.control.y, ends.end.x, ends.end.y);
      else ctx.lineTo(ends.end.x, ends.end.y);
      if (!hairlines) ctx.stroke();
      if (r.directed && scene.detailed) heads.push({ tip: ends.end, from: ends.control ?? ends.start });
    }
    if (hairlines) ctx.stroke();
    if (heads.length) {
      ctx.setLineDash([]);
      ctx.beginPath();
      for (const { tip, from } of heads) arrowhead(ctx, tip, from);
      ctx.fill();
    }
  }
  ctx.globalAlpha = 1;
}

/** Whether the segment from a to b (and `margin` around it) misses the w × h screen entirely. */
export function offScreen(a: Point, b: Point, w: number, h: number, margin = 0): boolean {
  return Math.max(a.x, b.x) < -margin || Math.min(a.x, b.x) > w + margin || Math.max(a.y, b.y) < -margin || Math.min(a.y, b.y) > h + margin;
}

/** A 10 px arrowhead just past `tip`, pointing away from `from` (the shape of the SVG markers). */
function arrowhead(ctx: CanvasRenderingContext2D, tip: Point, from: Point): void {
  const len = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const ux = (tip.x - from.x) / len;
  const uy = (tip.y - from.y) / len;
  const x = tip.x + ux;
  const y = tip.y + uy;
  ctx.moveTo(x, y);
  ctx.lineTo(x - ux * 10 - uy * 5, y - uy * 10 + ux * 5);
  ctx.lineTo(x - ux * 10 + uy * 5, y - uy * 10 - ux * 5);
  ctx.closePath();
}
