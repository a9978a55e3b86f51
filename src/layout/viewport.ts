/**
 * The room the network is drawn in: margins kept clear for glyphs, labels, the banner and
 * the zoom buttons, and the nudge that brings an actor reached by keyboard into view. Pure
 * numbers; no DOM.
 */
import { apply, type Margin, type Point, type Size, type Transform } from './geometry';

/**
 * Room kept around the layout for glyphs and labels, which keep their size on screen: more
 * below a node (its name and, when another actor is selected, how they are seen) than above,
 * the banner's height on top, and room on the right for the zoom buttons.
 * @example marginFor({ width: 800, height: 600 }, 60, 0, 24) // { top: 40, bottom: 88, left: 80, right: 104 }
 */
export function marginFor(size: Size, labelHalfWidth: number, banner: number, nodeRadius: number): Margin {
  const side = Math.max(labelHalfWidth + 6, Math.min(96, size.width * 0.1));
  return { top: nodeRadius + 16 + banner, bottom: nodeRadius + 64, left: side, right: side + 24 };
}

/** The shape of the part of the stage the network is fitted into, rounded so small resizes keep the layout. */
export function innerAspect(size: Size, m: Margin): number {
  const ratio = (size.width - m.left - m.right) / Math.max(size.height - m.top - m.bottom, 1);
  return Math.round(ratio * 10) / 10;
}

/**
 * The view moved just enough to bring `p` (in layout units) inside the margins, at the
 * same scale; null when it is already there.
 */
export function nudgeIntoView(t: Transform, p: Point, size: Size, m: Margin): Transform | null {
  const s = apply(t, p);
  const dx = s.x < m.left ? m.left - s.x : s.x > size.width - m.right ? size.width - m.right - s.x : 0;
  const dy = s.y < m.top ? m.top - s.y : s.y > size.height - m.bottom ? size.height - m.bottom - s.y : 0;
  return dx || dy ? { k: t.k, x: t.x + dx, y: t.y + dy } : null;
}
