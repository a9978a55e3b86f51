import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Point } from '../layout/geometry';
import { motionStarted } from '../milestones';

const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Moves the drawn positions to `target` over `duration` ms (at once when 0), calling
 * `onFrame` each frame. The positions live in a ref, never in React state.
 */
export function usePositionTween(
  target: ReadonlyMap<string, Point>,
  duration: number,
  onFrame: () => void,
): RefObject<ReadonlyMap<string, Point>> {
  const shown = useRef<ReadonlyMap<string, Point>>(target);
  const frame = useRef(onFrame);
  useLayoutEffect(() => {
    frame.current = onFrame;
  });
  useLayoutEffect(() => {
    const from = shown.current;
    if (duration <= 0 || from === target) {
      shown.current = target;
      frame.current();
      return;
    }
    let raf = 0;
    const stopped = motionStarted();
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const e = ease(t);
      const next = new Map<string, Point>();
      for (const [id, to] of target) {
        const f = from.get(id) ?? to;
        next.set(id, { x: f.x + (to.x - f.x) * e, y: f.y + (to.y - f.y) * e });
      }
      shown.current = t < 1 ? next : target;
      frame.current();
      if (t < 1) raf = requestAnimationFrame(step);
      else stopped();
    };
    raf = requestAnimationFrame(step);
    return () => {
      cancelAnimationFrame(raf);
      stopped();
    };
  }, [target, duration]);
  return shown;
}
