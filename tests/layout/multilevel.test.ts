import { describe, expect, it } from 'vitest';
import { computeLayout, countCrossings, LAYOUT_PARAMS, startLayout } from '../../src/layout/forceLayout';
import { inLevels, layoutInLevels, LEVELS_FROM, MULTILEVEL, networkLayout, startLevels } from '../../src/layout/multilevel';
import { clusterOf, syntheticScenario } from '../../scripts/synthetic';
import type { Point } from '../../src/layout/geometry';

const s400 = syntheticScenario(400, 3);

function closestPair(layout: ReadonlyMap<string, Point>): number {
  const pts = [...layout.values()];
  let min = Infinity;
  for (const [i, p] of pts.entries()) for (const q of pts.slice(i + 1)) min = Math.min(min, Math.hypot(p.x - q.x, p.y - q.y));
  return min;
}

describe('layoutInLevels', () => {
  it('gives the same positions on every run, centred on the origin', () => {
    const first = layoutInLevels(structuredClone(s400), LAYOUT_PARAMS);
    const second = layoutInLevels(structuredClone(s400), LAYOUT_PARAMS);
    expect([...second]).toEqual([...first]);
    expect([...first.keys()]).toEqual(s400.actors.map((a) => a.id));
    const cx = [...first.values()].reduce((sum, p) => sum + p.x, 0) / first.size;
    expect(Math.abs(cx)).toBeLessThan(1);
  });

  it('undoes as many tangles as one start given over six times its ticks at the finest level', () => {
    const levels = layoutInLevels(s400, LAYOUT_PARAMS);
    const once = startLayout(s400, LAYOUT_PARAMS, 0);
    once.tick(LAYOUT_PARAMS.ticks);
    const single = countCrossings(once.positions(), s400.relations);
    expect(LAYOUT_PARAMS.ticks).toBeGreaterThan(6 * MULTILEVEL.finestTicks);
    expect(countCrossings(levels, s400.relations)).toBeLessThanOrEqual(single * 1.05);
    // Without its coarse levels, the same few ticks leave the network in a tangle.
    const flat = layoutInLevels(s400, LAYOUT_PARAMS, 0, { ...MULTILEVEL, coarsest: Infinity, coarsestTicks: MULTILEVEL.finestTicks });
    expect(countCrossings(flat, s400.relations)).toBeGreaterThan(single * 1.5);
  });

  it('keeps clusters together and actors apart', () => {
    const layout = layoutInLevels(s400, LAYOUT_PARAMS);
    expect(closestPair(layout)).toBeGreaterThan(LAYOUT_PARAMS.collideRadius * 1.5);
    // Each actor is nearer, on average, to its own cluster's centre than the clusters are to each other.
    const centres = new Map<number | null, { x: number; y: number; n: number }>();
    for (const [id, p] of layout) {
      const c = centres.get(clusterOf(id)) ?? { x: 0, y: 0, n: 0 };
      centres.set(clusterOf(id), { x: c.x + p.x, y: c.y + p.y, n: c.n + 1 });
    }
    const mean = [...centres.values()].map((c) => ({ x: c.x / c.n, y: c.y / c.n }));
    const spread = [...layout].reduce((sum, [id, p]) => {
      const c = centres.get(clusterOf(id))!;
      return sum + Math.hypot(p.x - c.x / c.n, p.y - c.y / c.n);
    }, 0) / layout.size;
    const apart = mean.reduce((sum, a) => sum + Math.min(...mean.filter((b) => b !== a).map((b) => Math.hypot(a.x - b.x, a.y - b.y))), 0) / mean.length;
    expect(spread).toBeLessThan(apart);
  });

  it('lays out a network that does not coarsen (many actors, few ties) with its collision, streaming as it settles', () => {
    const loose = syntheticScenario(200, 5);
    const sparse = { actors: loose.actors, relations: loose.relations.slice(0, 5) };
    const layout = layoutInLevels(sparse, LAYOUT_PARAMS);
    expect(closestPair(layout)).toBeGreaterThan(LAYOUT_PARAMS.collideRadius * 1.5);
    const staged = startLevels(sparse, LAYOUT_PARAMS, 0);
    const steps = staged.run(10);
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThan(10);
  });

  it('leaves pinned actors where the author put them, at every stage', () => {
    const s = structuredClone(s400);
    s.actors[0]!.pin = { x: 500, y: -200 };
    s.actors[7]!.pin = { x: -300, y: 100 };
    const staged = startLevels(s, LAYOUT_PARAMS, 0);
    const steps = staged.run(10);
    while (!steps.next().done) {
      expect(staged.positions().get(s.actors[0]!.id)).toEqual({ x: 500, y: -200 });
    }
    expect(staged.positions().get(s.actors[7]!.id)).toEqual({ x: -300, y: 100 });
  });

  it('pauses after each coarse level and every batch of the finest, ending where layoutInLevels does', () => {
    const staged = startLevels(s400, LAYOUT_PARAMS, 0);
    const seen: Map<string, Point>[] = [];
    const steps = staged.run(10);
    while (!steps.next().done) seen.push(staged.positions());
    expect(seen.length).toBeGreaterThan(MULTILEVEL.finestTicks / 10);
    // At the first pause actors stand near their group; by the end they have spread out.
    expect(closestPair(seen[0]!)).toBeLessThan(closestPair(staged.positions()));
    expect([...staged.positions()]).toEqual([...layoutInLevels(s400, LAYOUT_PARAMS)]);
  });

  it('is the layout of every network from 30 actors (print\u2019s and the page\u2019s); a smaller one is laid out from many starts', () => {
    const big = syntheticScenario(200, 4);
    expect([...networkLayout(big)]).toEqual([...layoutInLevels(big, LAYOUT_PARAMS)]);
    expect(networkLayout(big)).toBe(networkLayout(structuredClone(big)));
    const middling = syntheticScenario(LEVELS_FROM, 4);
    expect(inLevels(middling)).toBe(true);
    expect([...networkLayout(middling)]).toEqual([...layoutInLevels(middling, LAYOUT_PARAMS)]);
    const small = syntheticScenario(LEVELS_FROM - 1, 4);
    expect(inLevels(small)).toBe(false);
    expect(networkLayout(small)).toBe(computeLayout(small));
  });

  it('leaves middling networks fewer crossings than their seeded starts would', () => {
    for (const n of [LEVELS_FROM, 60, 100, 149]) {
      const s = syntheticScenario(n);
      const levels = countCrossings(layoutInLevels(s, LAYOUT_PARAMS), s.relations);
      const starts = countCrossings(computeLayout(structuredClone(s), { ...LAYOUT_PARAMS }), s.relations);
      expect(levels, `${n} actors`).toBeLessThan(starts);
    }
  });
});
