/**
 * A small adapter around d3-zoom: wheel, drag and pinch on the <svg>, plus programmatic
 * zooms for the on-screen buttons and for centring on a selected actor.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';
import type { Transform } from './geometry';

export const SCALE_EXTENT: [number, number] = [0.05, 6];

export interface ZoomController {
  current(): Transform;
  /** Moves to a transform, animated over `duration` ms (0 jumps). */
  zoomTo(t: Transform, duration: number): void;
  /** Scales about the middle of the viewport. */
  scaleBy(factor: number, duration: number): void;
  destroy(): void;
}

export function createZoom(svg: SVGSVGElement, onChange: (t: Transform) => void): ZoomController {
  const selection = select<SVGSVGElement, unknown>(svg);
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .on('zoom', (event: { transform: Transform }) => onChange({ k: event.transform.k, x: event.transform.x, y: event.transform.y }));
  selection.call(behavior).on('dblclick.zoom', null);

  return {
    current() {
      const t = zoomTransform(svg);
      return { k: t.k, x: t.x, y: t.y };
    },
    zoomTo(t, duration) {
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      if (duration > 0) selection.transition().duration(duration).call(behavior.transform, target);
      else selection.interrupt().call(behavior.transform, target);
    },
    scaleBy(factor, duration) {
      if (duration > 0) selection.transition().duration(duration).call(behavior.scaleBy, factor);
      else selection.call(behavior.scaleBy, factor);
    },
    destroy() {
      selection.interrupt().on('.zoom', null);
    },
  };
}
