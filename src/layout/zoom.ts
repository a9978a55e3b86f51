/**
 * A small adapter around d3-zoom: wheel, drag and pinch on the network, plus programmatic
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

/**
 * The start and end of a movement of the view: a zoom or pan by the user (wheel, drag,
 * pinch), or one the app makes (a glide to a selected actor, the zoom buttons, a jump).
 */
export interface GestureHandlers {
  /** `byUser`: a wheel, drag or pinch rather than a glide the app asked for. Jumps (duration 0) are not movements. */
  onGestureStart?(byUser: boolean): void;
  onGestureEnd?(): void;
  /**
   * The viewport's size when the caller knows it (from a ResizeObserver). d3-zoom would
   * otherwise read the element's size at every zoom, which makes the browser lay out the
   * page first: slow while thousands of actors wait to be restyled after a click.
   */
  viewport?(): { width: number; height: number } | null;
  /**
   * A glide the app asked for has begun; the function returned is called when it ends (so
   * the page can say when nothing moves any more, see milestones.ts).
   */
  onGlide?(): () => void;
}

/**
 * Listens on `target` (the stage around the SVG, so that a CSS transform on the SVG during a
 * gesture does not feed back into the pointer positions d3-zoom reads).
 */
/**
 * `onChange` gets each new transform, and whether the user's own wheel, drag or pinch made
 * it (a press that does not move makes none).
 */
export function createZoom(target: HTMLElement, onChange: (t: Transform, byUser: boolean) => void, gestures: GestureHandlers = {}): ZoomController {
  const selection = select<HTMLElement, unknown>(target);
  // Where a running animated zoom will end, so a quick second click on "Zoom in" builds on
  // the first click's goal instead of on wherever the glide happens to be.
  let goal: Transform | null = null;
  // A jump (zoomTo with no duration) emits start and end at once: not a movement to track.
  let jumping = false;
  // d3-zoom starts a gesture of its own for each input: a drag begun while a wheel gesture
  // is still open (it ends 150 ms after the last notch) ends after it. The view moves until
  // every gesture under way has ended.
  let moving = 0;
  const behavior: ZoomBehavior<HTMLElement, unknown> = d3zoom<HTMLElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .extent(() => {
      const size = gestures.viewport?.();
      return size ? [[0, 0], [size.width, size.height]] : [[0, 0], [target.clientWidth, target.clientHeight]];
    })
    // d3-zoom's own filter, plus: presses on controls inside the stage (the zoom buttons) are
    // clicks, not the start of a pan that would interrupt a running glide.
    .filter((event: MouseEvent | WheelEvent) => {
      const onControl = event.target instanceof Element && event.target.closest('button') !== null;
      return (!event.ctrlKey || event.type === 'wheel') && !event.button && !onControl;
    })
    .on('start', (event: { sourceEvent: unknown }) => {
      if (jumping) return;
      moving += 1;
      if (moving === 1) gestures.onGestureStart?.(Boolean(event.sourceEvent));
    })
    .on('zoom', (event: { transform: Transform; sourceEvent: unknown }) =>
      onChange({ k: event.transform.k, x: event.transform.x, y: event.transform.y }, Boolean(event.sourceEvent)),
    )
    .on('end', () => {
      if (jumping || moving === 0) return;
      moving -= 1;
      if (moving === 0) gestures.onGestureEnd?.();
    });
  selection.call(behavior).on('dblclick.zoom', null);

  return {
    current() {
      const t = zoomTransform(target);
      return { k: t.k, x: t.x, y: t.y };
    },
    zoomTo(t, duration) {
      const target = zoomIdentity.translate(t.x, t.y).scale(t.k);
      if (duration > 0) {
        // Already there (and not on the way elsewhere): a glide would only keep the page busy.
        const now = this.current();
        if (goal === null && Math.abs(now.k - t.k) < 1e-6 * t.k && Math.abs(now.x - t.x) < 0.5 && Math.abs(now.y - t.y) < 0.5) return;
        goal = t;
        const stopped = gestures.onGlide?.() ?? (() => {});
        selection
          .transition()
          .duration(duration)
          .call(behavior.transform, target)
          // A glide interrupted before its first frame is cancelled rather than interrupted.
          .on('end interrupt cancel', () => {
            if (goal === t) goal = null;
            stopped();
          });
      } else {
        goal = null;
        // A glide the jump interrupts ends here, and is told as ended.
        selection.interrupt();
        jumping = true;
        try {
          selection.call(behavior.transform, target);
        } finally {
          jumping = false;
        }
      }
    },
    scaleBy(factor, duration) {
      const from = goal ?? this.current();
      const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], from.k * factor));
      // Keep the middle of the viewport where it is.
      const cx = target.clientWidth / 2;
      const cy = target.clientHeight / 2;
      this.zoomTo({ k, x: cx - ((cx - from.x) / from.k) * k, y: cy - ((cy - from.y) / from.k) * k }, duration);
    },
    destroy() {
      selection.interrupt().on('.zoom', null);
    },
  };
}
