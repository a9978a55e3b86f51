import { useEffect, useRef, type RefObject } from 'react';
import type { Transform } from '../layout/geometry';
import { createZoom, type ZoomController } from '../layout/zoom';

/**
 * Ties a d3-zoom controller to an <svg> for the component's life. Each zoom frame goes to
 * `onFrame` (kept current through a ref), never through React state.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>, onFrame: (t: Transform) => void): RefObject<ZoomController | null> {
  const controller = useRef<ZoomController | null>(null);
  const frame = useRef(onFrame);
  useEffect(() => {
    frame.current = onFrame;
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = createZoom(svg, (t) => frame.current(t));
    controller.current = z;
    return () => {
      z.destroy();
      controller.current = null;
    };
  }, [svgRef]);
  return controller;
}
