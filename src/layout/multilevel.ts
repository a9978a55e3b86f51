/**
 * The layout of a network of 30 actors or more, in levels (the multilevel scheme of
 * Walshaw's 2000 paper and of Graphviz's sfdp): the network is coarsened by merging linked
 * pairs of actors until about fifty groups are left, those are laid out, and each finer
 * level starts from its groups'
 * places and is given a few ticks to sort itself out. A tangle is undone at the level where
 * it costs least, so the finest level needs a third of the ticks a single start does: 1,000
 * actors in about 300 ms in Node against 1.2 s, with fewer crossings (see the tests).
 *
 * The same d3-force forces as a small network's layout, scaled by a group's size; pinned
 * actors are never merged and stay where the author put them. Deterministic: seeded.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Actor, Relation, Scenario } from '../model/schema';
import type { Point } from './geometry';
import { computeLayout, LAYOUT_PARAMS, remembered, seededRandom, streamsLayout, type LayoutParams } from './forceLayout';

export const MULTILEVEL = {
  /** Coarsening stops at this many groups, */
  coarsest: 50,
  /** or when a round merges fewer than this share of them (a network of loose actors). */
  minMerged: 0.15,
  coarsestTicks: 300,
  levelTicks: 30,
  finestTicks: 50,
  /** How hot each finer level starts: enough to sort a group's members, not to undo the level above. */
  levelAlpha: 0.3,
  /** Barnes–Hut's accuracy: d3's default is 0.9; at 1.2 the charge costs half as much, unseen at this size. */
  theta: 1.2,
  /**
   * Collision is left out until the last part of the finest level: forced apart early,
   * actors cannot pass each other to undo a tangle (and it costs 40% of a tick).
   */
  collideShare: 0.4,
};

export type MultilevelParams = typeof MULTILEVEL;

interface Level {
  n: number;
  /** Pairs of node indices. */
  edges: Int32Array;
  /** How many actors each node stands for. */
  weight: Float64Array;
  pin: (Point | null)[];
  /** For each node of the finer level below, its node here (empty at the finest level). */
  parentOf: Int32Array;
}

interface LevelNode extends SimulationNodeDatum {
  w: number;
}

export interface StagedLayout {
  /**
   * Runs the layout, pausing after each coarse level and every `batch` ticks of the finest:
   * read `positions()` at each pause to draw the network as it settles.
   */
  run(batch: number): Generator<void, void>;
  /** Every actor's current position (in a coarse level, near its group's), centred and rounded. */
  positions(): Map<string, Point>;
}

/** Merges each node with its lightest unmerged neighbour, in a seeded random order. */
function coarsen(level: Level, random: () => number): Level {
  const { n, edges, weight, pin } = level;
  // Neighbours in compressed rows: node v's are adjacent[first[v]] up to adjacent[first[v + 1]].
  const first = new Int32Array(n + 1);
  for (const v of edges) first[v + 1] = (first[v + 1] ?? 0) + 1;
  for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] ?? 0) + (first[i] ?? 0);
  const next = first.slice();
  const adjacent = new Int32Array(edges.length);
  for (let e = 0; e < edges.length; e += 2) {
    const a = edges[e] ?? 0;
    const b = edges[e + 1] ?? 0;
    adjacent[next[a] ?? 0] = b;
    next[a] = (next[a] ?? 0) + 1;
    adjacent[next[b] ?? 0] = a;
    next[b] = (next[b] ?? 0) + 1;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  const parentOf = new Int32Array(n).fill(-1);
  const coarsePin: (Point | null)[] = [];
  let m = 0;
  for (const v of order) {
    if ((parentOf[v] ?? 0) >= 0) continue;
    let mate = -1;
    if (!pin[v]) {
      for (let k = first[v] ?? 0; k < (first[v + 1] ?? 0); k++) {
        const u = adjacent[k] ?? 0;
        if (u !== v && (parentOf[u] ?? 0) < 0 && !pin[u] && (mate < 0 || (weight[u] ?? 0) < (weight[mate] ?? 0))) mate = u;
      }
    }
    parentOf[v] = m;
    if (mate >= 0) parentOf[mate] = m;
    coarsePin.push(pin[v] ?? null);
    m++;
  }
  const coarseWeight = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const g = parentOf[i] ?? 0;
    coarseWeight[g] = (coarseWeight[g] ?? 0) + (weight[i] ?? 0);
  }
  const seen = new Set<number>();
  const coarseEdges: number[] = [];
  for (let e = 0; e < edges.length; e += 2) {
    const a = parentOf[edges[e] ?? 0] ?? 0;
    const b = parentOf[edges[e + 1] ?? 0] ?? 0;
    if (a === b) continue;
    const key = a < b ? a * m + b : b * m + a;
    if (seen.has(key)) continue;
    seen.add(key);
    coarseEdges.push(a, b);
  }
  return { n: m, edges: Int32Array.from(coarseEdges), weight: coarseWeight, pin: coarsePin, parentOf };
}

/** Runs a generator to its end. */
function drain(steps: Generator<void, void>): void {
  while (!steps.next().done) {
    // Nothing to do between steps.
  }
}

/**
 * A staged layout of a big network: step through `run` (the layout worker posts at each
 * pause), or call `layoutInLevels` for the end result at once.
 */
export function startLevels(
  network: { actors: readonly Pick<Actor, 'id' | 'pin'>[]; relations: readonly Pick<Relation, 'source' | 'target'>[] },
  params: LayoutParams,
  seed: number,
  levels: MultilevelParams = MULTILEVEL,
): StagedLayout {
  const random = seededRandom(seed);
  const { actors } = network;
  const index = new Map(actors.map((a, i) => [a.id, i]));
  const pairs: number[] = [];
  for (const r of network.relations) {
    const a = index.get(r.source);
    const b = index.get(r.target);
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  }
  const finest: Level = {
    n: actors.length,
    edges: Int32Array.from(pairs),
    weight: new Float64Array(actors.length).fill(1),
    pin: actors.map((a) => a.pin ?? null),
    parentOf: new Int32Array(0),
  };
  // stack[0] is the network itself, each next one coarser.
  const stack = [finest];
  for (let top = finest; top.n > levels.coarsest; ) {
    const coarser = coarsen(top, random);
    if (coarser.n > top.n * (1 - levels.minMerged)) break;
    stack.push(coarser);
    top = coarser;
  }
  const level = (d: number): Level => stack[d] ?? finest;

  // The level being laid out, and its nodes' places.
  let depth = stack.length - 1;
  const spread = params.linkDistance * Math.sqrt(actors.length);
  let xs = new Float64Array(level(depth).n).map(() => (random() - 0.5) * spread);
  let ys = new Float64Array(level(depth).n).map(() => (random() - 0.5) * spread);
  const hasPins = actors.some((a) => a.pin);
  // While a coarse level is laid out, each actor is drawn near its group's place, always on
  // the same side of it (a generator of its own, so the layout's stays as it is).
  let jitter: Float64Array | null = null;
  // How far from its group's place a member of a group of w actors starts (or is drawn).
  const roomOf = (w: number) => params.linkDistance * 0.3 * Math.sqrt(w);

  function groupOf(actor: number): number {
    let node = actor;
    for (let d = 1; d <= depth; d++) node = level(d).parentOf[node] ?? 0;
    return node;
  }

  function* layOut(at: Level, ticks: number, alpha: number, collideFrom: number, batch: number): Generator<void, void> {
    const nodes: LevelNode[] = Array.from({ length: at.n }, (_, i) => {
      const p = at.pin[i];
      const w = at.weight[i] ?? 1;
      return p ? { x: p.x, y: p.y, fx: p.x, fy: p.y, w } : { x: xs[i] ?? 0, y: ys[i] ?? 0, w };
    });
    const links = Array.from({ length: at.edges.length / 2 }, (_, e) => ({ source: at.edges[e * 2] ?? 0, target: at.edges[e * 2 + 1] ?? 0 }));
    // A group of w actors takes the room of w actors: its links are longer, its charge stronger.
    const sim = forceSimulation(nodes)
      .force(
        'link',
        forceLink<LevelNode, { source: number | LevelNode; target: number | LevelNode }>(links).distance((l) => {
          const w = (end: number | LevelNode) => (typeof end === 'number' ? 1 : end.w);
          return params.linkDistance * Math.sqrt((w(l.source) + w(l.target)) / 2);
        }),
      )
      .force('charge', forceManyBody<LevelNode>().strength((d) => params.charge * d.w).theta(levels.theta))
      .force('x', forceX(0).strength(params.gravity))
      .force('y', forceY(0).strength(params.gravity))
      .randomSource(random)
      .stop();
    sim.alpha(alpha).alphaDecay(1 - Math.pow(sim.alphaMin() / alpha, 1 / ticks));
    const read = () => {
      nodes.forEach((d, i) => {
        xs[i] = d.x ?? 0;
        ys[i] = d.y ?? 0;
      });
    };
    for (let t = 0; t < ticks; t++) {
      if (t === collideFrom) sim.force('collide', forceCollide<LevelNode>((d) => params.collideRadius * Math.sqrt(d.w)));
      sim.tick();
      if (batch > 0 && (t + 1) % batch === 0 && t + 1 < ticks) {
        read();
        yield;
      }
    }
    read();
  }

  return {
    *run(batch) {
      // The level at `depth`: the finest (even when it is also the coarsest, in a network of
      // actors with few ties between them) gets collision in its last ticks, and streams.
      const layLevel = (ticks: number, alpha: number) =>
        depth === 0 ? layOut(level(0), ticks, alpha, Math.round(ticks * (1 - levels.collideShare)), batch) : layOut(level(depth), ticks, alpha, Infinity, 0);
      yield* layLevel(levels.coarsestTicks, 1);
      while (depth > 0) {
        yield;
        const coarse = level(depth);
        const fine = level(depth - 1);
        // Members start around their group's place, within the room the group took.
        const fx = new Float64Array(fine.n);
        const fy = new Float64Array(fine.n);
        for (let i = 0; i < fine.n; i++) {
          const g = coarse.parentOf[i] ?? 0;
          const room = roomOf(coarse.weight[g] ?? 1);
          fx[i] = (xs[g] ?? 0) + (random() - 0.5) * room;
          fy[i] = (ys[g] ?? 0) + (random() - 0.5) * room;
        }
        xs = fx;
        ys = fy;
        depth--;
        yield* layLevel(depth === 0 ? levels.finestTicks : levels.levelTicks, levels.levelAlpha);
      }
    },
    positions() {
      const px = new Float64Array(actors.length);
      const py = new Float64Array(actors.length);
      if (depth === 0) {
        px.set(xs);
        py.set(ys);
      } else {
        jitter ??= new Float64Array(actors.length * 2).map(seededRandom(seed + 1)).map((v) => v - 0.5);
        const weight = level(depth).weight;
        for (let i = 0; i < actors.length; i++) {
          const g = groupOf(i);
          const room = actors[i]?.pin ? 0 : roomOf(weight[g] ?? 1);
          px[i] = (xs[g] ?? 0) + (jitter[i * 2] ?? 0) * room;
          py[i] = (ys[g] ?? 0) + (jitter[i * 2 + 1] ?? 0) * room;
        }
      }
      let cx = 0;
      let cy = 0;
      if (!hasPins) {
        for (let i = 0; i < actors.length; i++) {
          cx += px[i] ?? 0;
          cy += py[i] ?? 0;
        }
        cx /= Math.max(actors.length, 1);
        cy /= Math.max(actors.length, 1);
      }
      const round = (v: number) => Math.round(v * 10) / 10;
      return new Map(actors.map((a, i) => [a.id, { x: round((px[i] ?? 0) - cx), y: round((py[i] ?? 0) - cy) }]));
    },
  };
}

/** The finished layout of a big network, at once. */
export function layoutInLevels(
  network: Parameters<typeof startLevels>[0],
  params: LayoutParams,
  seed = 0,
  levels: MultilevelParams = MULTILEVEL,
): Map<string, Point> {
  const staged = startLevels(network, params, seed, levels);
  drain(staged.run(0));
  return staged.positions();
}

/**
 * From this many actors a network is laid out in levels, not from many seeded starts. Measured
 * in Node on the synthetic files: at 30 actors levels took 31 ms and left 270 crossings, the
 * four starts 106 ms and 329; at 100 actors 48 ms and 1,018 against one start's 222 ms and
 * 1,560. Below it the starts win (20 actors: 126 crossings against 197; the built-in
 * scenario: 1 against 4), in a few milliseconds.
 */
export const LEVELS_FROM = 30;

/** Whether `scenario` is laid out in levels (see LEVELS_FROM), in the page or, if big, in a worker. */
export function inLevels(scenario: Scenario): boolean {
  return scenario.actors.length >= LEVELS_FROM || streamsLayout(scenario);
}

/**
 * Any network's finished layout, as the live view draws it (a big one once its worker has
 * settled it), computed once per shape: in levels from LEVELS_FROM actors, else by
 * computeLayout. For the live view and print.
 */
export function networkLayout(scenario: Scenario): ReadonlyMap<string, Point> {
  return inLevels(scenario) ? remembered(scenario, () => layoutInLevels(scenario, LAYOUT_PARAMS)) : computeLayout(scenario);
}
