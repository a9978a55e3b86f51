/**
 * Where the network's view goes by itself: fitted to everyone, centred on a selected actor,
 * following a big network while it settles, or left where the user put it. Pure; no DOM.
 */
import { fitTransform, focusTransform, type Margin, type Point, type Size, type Transform } from '../layout/geometry';

export interface ViewChange {
  /** The stage has the size it had when the view last moved (not the first picture, not a resize). */
  sameSize: boolean;
  reduceMotion: boolean;
  /** A big network's layout has just come to rest. */
  layoutEnded: boolean;
  /** An actor is selected: the view centres on them. */
  focused: boolean;
  /** The user zoomed or panned themselves while this layout settled. */
  userMoved: boolean;
}

/**
 * How long the view takes to get where it should be after a change, in ms (0 jumps), or
 * null to leave it where it is. It jumps on the first picture and on a resize, and glides
 * otherwise unless motion is reduced; someone who zoomed or panned while a big network
 * settled keeps their view when it comes to rest.
 * @example viewMoveDuration({ sameSize: true, reduceMotion: false, layoutEnded: false, focused: true, userMoved: false }, 550) // 550
 */
export function viewMoveDuration(c: ViewChange, motionMs: number): number | null {
  if (c.layoutEnded && c.sameSize && !c.focused && c.userMoved) return null;
  return c.sameSize && !c.reduceMotion ? motionMs : 0;
}

/**
 * Whether the view follows a big network while it settles (kept fitted at each update, so it
 * ends where it should be with no glide after): until the user moves the view or selects an actor.
 */
export function followsLayout(focused: boolean, userMoved: boolean): boolean {
  return !focused && !userMoved;
}

export interface ViewGoal {
  size: Size;
  margin: Margin;
  /** Every actor, as the network is drawn when nobody is selected. */
  overview: Iterable<Point>;
  /** The selected actor, if any, and those that should stay in view around them. */
  focus?: Point;
  inView: Iterable<Point>;
}

/** The transform that shows the selected actor with those around them, or else everyone. */
export function viewGoal(g: ViewGoal): Transform {
  return g.focus ? focusTransform(g.focus, g.inView, g.size, g.margin) : fitTransform(g.overview, g.size, g.margin);
}
