import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Transform } from '../layout/geometry';
import { createZoom, type GestureHandlers, type ZoomController } from '../layout/zoom';
import { motionStarted } from '../milestones';

/**
 * Ties a d3-zoom controller to the network's stage for the component's life. Each zoom frame
 * goes to `onFrame` (kept current through a ref), never through React state.
 */
export function useZoom(
  stageRef: RefObject<HTMLElement | null>,
  onFrame: (t: Transform, byUser: boolean) => void,
  gestures: GestureHandlers = {},
): RefObject<ZoomController | null> {
  const controller = useRef<ZoomController | null>(null);
  const frame = useRef(onFrame);
  const handlers = useRef(gestures);
  // Before any other effect of the same render can move the view with them.
  useLayoutEffect(() => {
    frame.current = onFrame;
    handlers.current = gestures;
  });
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const z = createZoom(stage, (t, byUser) => frame.current(t, byUser), {
      onGestureStart: (byUser) => handlers.current.onGestureStart?.(byUser),
      onGestureEnd: () => handlers.current.onGestureEnd?.(),
      viewport: () => handlers.current.viewport?.() ?? null,
      onGlide: motionStarted,
    });
    controller.current = z;
    return () => {
      z.destroy();
      controller.current = null;
    };
  }, [stageRef]);
  return controller;
}
