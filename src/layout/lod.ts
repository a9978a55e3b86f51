/**
 * Level of detail for big networks: what is drawn depends on how far apart actors stand on
 * screen. Labels only where they can be read; glyphs shrink to dots when zoomed far out.
 */
export type Detail = 'dots' | 'shapes' | 'full';

/** Layout distance between neighbouring actors (about the collision diameter of the layout). */
export const NEIGHBOUR_DISTANCE = 160;

/** Screen distances (px) between neighbours below which labels, then shapes, give way. */
export const DETAIL_THRESHOLDS = { labels: 120, shapes: 40 };

export function levelOfDetail(k: number, neighbourDistance: number = NEIGHBOUR_DISTANCE): Detail {
  const px = k * neighbourDistance;
  if (px < DETAIL_THRESHOLDS.shapes) return 'dots';
  if (px < DETAIL_THRESHOLDS.labels) return 'shapes';
  return 'full';
}
