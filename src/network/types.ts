/**
 * What the network controller (controller.ts) is told and what it tells: the scene it
 * draws, where the page wants the view, and its events.
 */
import type { Margin, Point, Size } from '../layout/geometry';
import type { ScenarioIndex } from '../model/lookup';
import type { Relation } from '../model/schema';
import type { Frames } from './tween';

/** What is drawn: the scenario's lookups and the bends of parallel links. */
export interface NetworkScene {
  index: ScenarioIndex;
  bends: ReadonlyMap<string, number>;
  /**
   * A big network: drawn in layers (links on a canvas, moved as pictures during a gesture),
   * with a level of detail and picking by quadtree.
   */
  layered: boolean;
  /** The layout, which a big network's worker updates in place (see `layoutUpdated`). */
  layout: ReadonlyMap<string, Point>;
  relations: readonly Relation[];
}

/** Where the page wants the view: the stage, the room to keep clear, and who is selected. */
export interface ViewRequest {
  size: Size;
  margin: Margin;
  /** Every actor, as drawn when nobody is selected. */
  overview: ReadonlyMap<string, Point>;
  /** Counts finished layouts: a change means a big network has come to rest. */
  version: number;
  /** The selected actor, whose place is taken from the target positions. */
  focusId: string | null;
  /** Those who should stay in view around the selected actor. */
  inView: Iterable<Point>;
  reduceMotion: boolean;
}

export interface NetworkEvents {
  /** The user picked an actor on a big network's SVG (a click between the node buttons). */
  select: (id: string) => void;
}

export interface ControllerOptions {
  /** The radius of an actor's glyph on screen: links stop short of it. */
  nodeRadius: number;
  /** Called when something starts to move; returns what to call when it stops. */
  onMotion?: () => () => void;
  frames?: Frames;
}
