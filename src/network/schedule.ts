/**
 * Draw scheduling for the network: what a new drawing must touch, and how a layer already
 * drawn is moved while the view moves. Pure numbers; no DOM.
 */
import type { Transform } from '../layout/geometry';

/** What a drawing was made from. */
export interface DrawnFrom {
  /** The positions drawn (a new Map on each frame of a tween). */
  positions: object;
  /** How many in-place updates a streamed layout had made to them. */
  updates: number;
  /** How many actors were mounted (a big network mounts a chunk a frame). */
  nodes: number;
  /** The scenario drawn. */
  scene: object;
  transform: Transform;
}

/**
 * Whether the actors must be placed again: anything they are drawn from changed. When
 * nothing did (a selection, say), they stay where they are drawn and the browser restyles
 * nothing.
 * @example positionsMoved(null, now) // true: nothing drawn yet
 */
export function positionsMoved(last: DrawnFrom | null, now: DrawnFrom): boolean {
  return (
    !last ||
    last.positions !== now.positions ||
    last.updates !== now.updates ||
    last.nodes !== now.nodes ||
    last.scene !== now.scene ||
    last.transform !== now.transform
  );
}

/**
 * Whether the only change since the last drawing is that more actors were mounted (a big
 * network mounts a chunk a frame): then only the new ones need placing, and the links stay.
 * @example onlyMoreMounted({ ...drawn, nodes: 250 }, { ...drawn, nodes: 500 }) // true
 */
export function onlyMoreMounted(last: DrawnFrom | null, now: DrawnFrom): boolean {
  return (
    last !== null &&
    now.nodes > last.nodes &&
    last.positions === now.positions &&
    last.updates === now.updates &&
    last.scene === now.scene &&
    last.transform === now.transform
  );
}

/**
 * The CSS transform that moves a layer drawn with `from` to where `to` would draw it: while a
 * big network's view moves, its SVG and canvas are moved and scaled as they are (one style
 * write per layer a frame) and drawn again, sharp, when the movement ends.
 * @example layerTransform({ k: 1, x: 0, y: 0 }, { k: 2, x: 10, y: 20 }) // 'translate(10px, 20px) scale(2)'
 */
export function layerTransform(from: Transform, to: Transform): string {
  const s = to.k / from.k;
  return `translate(${to.x - from.x * s}px, ${to.y - from.y * s}px) scale(${s})`;
}
