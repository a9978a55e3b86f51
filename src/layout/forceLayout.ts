/**
 * The force layout: d3-force computes positions once per scenario, before anything is drawn,
 * so the same scenario gives the same picture on every load (d3-force seeds its own random
 * source, and we run a fixed number of ticks). Actors with a `pin` stay where they are put.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Scenario } from '../model/schema';
import type { Point } from './geometry';

export const LAYOUT_PARAMS = {
  linkDistance: 170,
  charge: -1100,
  collideRadius: 80,
  gravity: 0.05,
  ticks: 320,
  /** Small networks are laid out from this many seeded starts, keeping the one with fewest crossings. */
  tries: 12,
  /** Above this many relations, one start only (counting crossings is quadratic). */
  maxRelationsForTries: 150,
  /**
   * The actors laid out over all starts together: a network of 10 actors gets 12 starts, one
   * of 20 gets 6, so the layout before the first paint stays short whatever the size. (The
   * page lays out networks of 30 actors and more in levels instead: see multilevel.ts.)
   */
  startsBudget: 120,
  /**
   * The ticks each start runs before the one with the fewest crossings is chosen and
   * finished. 50 chooses as 100 did, and as running every start to the end does, on the
   * built-in and example scenarios and synthetic ones of 6 to 50 actors (a test checks
   * them); 35 or fewer chose a worse start for the built-in one.
   */
  screenTicks: 50,
};

export type LayoutParams = typeof LAYOUT_PARAMS;

interface SimNode extends SimulationNodeDatum {
  id: string;
}

/** A small seeded generator (LCG), so every start is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = (seed * 2654435761 + 1013904223) >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** How many pairs of straight links cross (links that share an actor never count). */
export function countCrossings(positions: ReadonlyMap<string, Point>, links: readonly { source: string; target: string }[]): number {
  const segs = links.flatMap((l) => {
    const a = positions.get(l.source);
    const b = positions.get(l.target);
    return a && b ? [{ l, a, b }] : [];
  });
  const orient = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
  let n = 0;
  for (const [i, s] of segs.entries()) {
    for (const t of segs.slice(i + 1)) {
      if (s.l.source === t.l.source || s.l.source === t.l.target || s.l.target === t.l.source || s.l.target === t.l.target) continue;
      if (orient(s.a, s.b, t.a) * orient(s.a, s.b, t.b) < 0 && orient(t.a, t.b, s.a) * orient(t.a, t.b, s.b) < 0) n++;
    }
  }
  return n;
}

/**
 * What a layout depends on: who is in the network, where any of them is pinned, and who is
 * linked to whom. Two versions of a scenario with the same shape (the editor's preview as
 * the author types a sentence) have the same layout.
 */
export function layoutShape(scenario: Scenario): string {
  let key = '';
  for (const a of scenario.actors) key += a.pin ? `${a.id}@${a.pin.x},${a.pin.y}|` : `${a.id}|`;
  key += '#';
  for (const r of scenario.relations) key += `${r.source}>${r.target}|`;
  return key;
}

// The network and the print handouts draw the same layout: computed once per shape (the
// last few shapes are kept, so undo and redo find theirs again).
const cache = new Map<string, ReadonlyMap<string, Point>>();
const CACHED_SHAPES = 4;

/**
 * Positions by actor id, centred on the origin, rounded to 0.1 so they are stable across
 * engines. Deterministic: the same scenario always gives the same picture.
 */
export function computeLayout(scenario: Scenario, params: LayoutParams = LAYOUT_PARAMS): ReadonlyMap<string, Point> {
  if (params !== LAYOUT_PARAMS) return layoutBest(scenario, params);
  return remembered(scenario, () => layoutBest(scenario, params));
}

/** The layout kept for this scenario's shape, or `compute`'s, kept from now on. */
export function remembered(scenario: Scenario, compute: () => ReadonlyMap<string, Point>): ReadonlyMap<string, Point> {
  const shape = layoutShape(scenario);
  const cached = cache.get(shape) ?? compute();
  cache.delete(shape);
  cache.set(shape, cached);
  for (const old of cache.keys()) {
    if (cache.size <= CACHED_SHAPES) break;
    cache.delete(old);
  }
  return cached;
}

/**
 * Takes positions computed ahead of time (the built-in scenario's, at build time) as the
 * layout of this scenario's shape; an actor missing from them falls back to the centre.
 */
export function primeLayout(scenario: Scenario, positions: Readonly<Record<string, readonly [number, number]>>): void {
  cache.set(layoutShape(scenario), new Map(scenario.actors.map((a) => [a.id, { x: positions[a.id]?.[0] ?? 0, y: positions[a.id]?.[1] ?? 0 }])));
}

function layoutBest(scenario: Scenario, params: LayoutParams): Map<string, Point> {
  const tries = startsFor(scenario, params);
  const total = params.ticks;
  if (tries === 1) return layoutOnce(scenario, params, 0);
  // Each start is run part of the way, and only the one with the fewest crossings is
  // finished: by then the starts have taken their shape (the same start wins, in every
  // scenario tried, as when each is run to the end), in a sixth of the ticks.
  const screen = Math.min(params.screenTicks, total);
  let best: LayoutRun | null = null;
  let bestCrossings = Infinity;
  for (let seed = 0; seed < tries && bestCrossings > 0; seed++) {
    const run = startLayout(scenario, params, seed);
    run.tick(screen);
    const crossings = countCrossings(run.positions(), scenario.relations);
    if (crossings < bestCrossings) {
      best = run;
      bestCrossings = crossings;
    }
  }
  if (!best) return new Map();
  best.tick(total - screen);
  return best.positions();
}

/** How many seeded starts a network is laid out from: fewer as it grows (see LAYOUT_PARAMS). */
export function startsFor(scenario: Pick<Scenario, 'actors' | 'relations'>, params: LayoutParams = LAYOUT_PARAMS): number {
  if (scenario.relations.length > params.maxRelationsForTries) return 1;
  return Math.max(1, Math.min(params.tries, Math.floor(params.startsBudget / Math.max(scenario.actors.length, 1))));
}

/**
 * Networks at least this big are laid out in a worker, in levels (see multilevel.ts),
 * streaming positions as they settle. Below it, one start takes under about 100 ms (149
 * actors and 447 relations: 97 ms in Node), less than starting a worker, and the first
 * picture is the network at rest.
 */
export const STREAM_FROM = { actors: 150, relations: 450 };

/** Whether a network of this many actors and relations is laid out in a worker (see STREAM_FROM). */
export function streamsCounts(actors: number, relations: number): boolean {
  return actors >= STREAM_FROM.actors || relations >= STREAM_FROM.relations;
}

export function streamsLayout(scenario: Scenario): boolean {
  return streamsCounts(scenario.actors.length, scenario.relations.length);
}

export interface LayoutRun {
  /** Advances the simulation by n ticks. */
  tick(n: number): void;
  /** The current positions, centred and rounded as computeLayout returns them. */
  positions(): Map<string, Point>;
}

/**
 * A force simulation for one seeded start of a small network, advanced by the caller. Its
 * positions before any tick are a big network's first picture, while the worker lays it out.
 */
export function startLayout(scenario: Pick<Scenario, 'actors' | 'relations'>, params: LayoutParams, seed: number): LayoutRun {
  const random = seededRandom(seed);
  const nodes = startNodes(scenario, params, random);
  const links = scenario.relations.map((r) => ({ source: r.source, target: r.target }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink<SimNode, { source: string; target: string }>(links).id((n) => n.id).distance(params.linkDistance))
    .force('charge', forceManyBody().strength(params.charge).theta(0.9))
    .force('collide', forceCollide(params.collideRadius))
    .force('x', forceX(0).strength(params.gravity))
    .force('y', forceY(0).strength(params.gravity))
    .randomSource(random)
    .stop();
  return {
    tick: (n) => void sim.tick(n),
    positions: () => centred(nodes),
  };
}

/**
 * Where `startLayout` puts every actor before its first tick, without building the
 * simulation: a big network's first picture, whose layout then runs in a worker. (Building
 * the forces on the page for nothing took about 20 ms of its first frame at 5,000 actors.)
 */
export function startPositions(scenario: Pick<Scenario, 'actors'>, params: LayoutParams, seed: number): Map<string, Point> {
  return centred(startNodes(scenario, params, seededRandom(seed)));
}

/** The actors at their seeded start: pinned ones where they are pinned, the rest scattered. */
function startNodes(scenario: Pick<Scenario, 'actors'>, params: LayoutParams, random: () => number): SimNode[] {
  const spread = params.linkDistance * Math.sqrt(scenario.actors.length);
  // d3 writes x, y, vx, vy onto these and swaps link ids for objects: copies, not the actors.
  return scenario.actors.map((a) =>
    a.pin
      ? { id: a.id, x: a.pin.x, y: a.pin.y, fx: a.pin.x, fy: a.pin.y }
      : { id: a.id, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread },
  );
}

/** Positions by id, rounded to 0.1; centred on the origin unless an actor is pinned (fixed). */
function centred(nodes: readonly SimNode[]): Map<string, Point> {
  const hasPins = nodes.some((node) => node.fx != null);
  const cx = hasPins ? 0 : nodes.reduce((sum, node) => sum + (node.x ?? 0), 0) / Math.max(nodes.length, 1);
  const cy = hasPins ? 0 : nodes.reduce((sum, node) => sum + (node.y ?? 0), 0) / Math.max(nodes.length, 1);
  const round = (v: number) => Math.round(v * 10) / 10;
  return new Map(nodes.map((node) => [node.id, { x: round((node.x ?? 0) - cx), y: round((node.y ?? 0) - cy) }]));
}

function layoutOnce(scenario: Scenario, params: LayoutParams, seed: number): Map<string, Point> {
  const run = startLayout(scenario, params, seed);
  run.tick(params.ticks);
  return run.positions();
}
