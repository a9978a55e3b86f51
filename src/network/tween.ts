/**
 * Moves the drawn positions of the actors from one layout to another over a few hundred
 * milliseconds. Framework-free: the frames come from a clock that tests can drive.
 */
import type { Point } from '../layout/geometry';

export interface Frames {
  request(callback: (now: number) => void): number;
  cancel(handle: number): void;
  now(): number;
}

/** The browser's animation frames. */
export const browserFrames: Frames = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
  now: () => performance.now(),
};

/** Ease in and out (cubic). */
export function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** The positions a fraction `e` of the way from `from` to `to`; an actor new to `to` is there already. */
export function between(from: ReadonlyMap<string, Point>, to: ReadonlyMap<string, Point>, e: number): Map<string, Point> {
  const next = new Map<string, Point>();
  for (const [id, b] of to) {
    const a = from.get(id) ?? b;
    next.set(id, { x: a.x + (b.x - a.x) * e, y: a.y + (b.y - a.y) * e });
  }
  return next;
}

export class PositionTween {
  /** The positions to draw now. */
  current: ReadonlyMap<string, Point> = new Map();
  private started = false;
  private handle = 0;
  private stopped: (() => void) | null = null;

  /**
   * @param onFrame called whenever `current` changes
   * @param onMotion called when a movement starts; returns what to call when it stops
   */
  constructor(
    private readonly onFrame: () => void,
    private readonly onMotion: () => () => void = () => () => {},
    private readonly frames: Frames = browserFrames,
  ) {}

  /** Moves to `target` over `duration` ms; at once when 0, the first time, or already there. */
  to(target: ReadonlyMap<string, Point>, duration: number): void {
    this.cancel();
    const from = this.current;
    if (duration <= 0 || !this.started || from === target) {
      this.started = true;
      this.current = target;
      this.onFrame();
      return;
    }
    this.stopped = this.onMotion();
    const start = this.frames.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      this.current = t < 1 ? between(from, target, ease(t)) : target;
      this.onFrame();
      if (t < 1) this.handle = this.frames.request(step);
      else this.cancel();
    };
    this.handle = this.frames.request(step);
  }

  /** Stops where it is. */
  cancel(): void {
    if (this.handle) this.frames.cancel(this.handle);
    this.handle = 0;
    this.stopped?.();
    this.stopped = null;
  }
}
