import { describe, expect, it } from 'vitest';
import { LOAD_LIMITS } from '../../src/model/load';
import { RELATION_TYPES } from '../../src/model/schema';
import { validateScenario } from '../../src/model/validate';
import { clusterOf, syntheticScenario } from '../../scripts/synthetic';
import { HEAVY } from '../fixtures/heavy';

// Each test builds and checks 100 to 3,000 actors.
describe('syntheticScenario', HEAVY, () => {
  it.each([6, 100, 1000])('is a valid scenario with exactly %i actors and about three relations each', (n) => {
    const s = syntheticScenario(n);
    const result = validateScenario(JSON.parse(JSON.stringify(s)));
    expect(result.ok ? [] : result.errors.slice(0, 5)).toEqual([]);
    expect(s.actors).toHaveLength(n);
    const perActor = s.relations.length / n;
    expect(perActor).toBeGreaterThanOrEqual(2.5);
    expect(perActor).toBeLessThanOrEqual(3.5);
    expect(new Set(s.relations.map((r) => r.type))).toEqual(new Set(RELATION_TYPES));
    expect(s.relations.some((r) => r.directed)).toBe(true);
    expect(s.relations.some((r) => !r.directed)).toBe(true);
    expect(s.issues.length).toBeGreaterThanOrEqual(4);
    expect(s.issues.length).toBeLessThanOrEqual(6);
    expect(s.sources).toHaveLength(1);
  });

  it('gives every actor a short, complete view, a unique readable label and no pin', () => {
    const s = syntheticScenario(1000);
    expect(new Set(s.actors.map((a) => a.label)).size).toBe(1000);
    for (const a of s.actors) {
      expect(a.label).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(a.label.length).toBeLessThanOrEqual(40);
      expect(a.pin).toBeUndefined();
      expect(a.view.wants).toHaveLength(1);
      expect(a.view.outcome).toHaveLength(1);
      expect(a.view.fears).toHaveLength(1);
      expect(a.view.questions).toHaveLength(1);
      expect(a.view.stances.length).toBeGreaterThan(0);
      expect(a.view.sees.length).toBeGreaterThanOrEqual(2);
      expect(a.view.sees.length).toBeLessThanOrEqual(4);
    }
  });

  it('is deterministic by seed', () => {
    expect(JSON.stringify(syntheticScenario(100, 7))).toBe(JSON.stringify(syntheticScenario(100, 7)));
    expect(JSON.stringify(syntheticScenario(100))).toBe(JSON.stringify(syntheticScenario(100, 1)));
    expect(JSON.stringify(syntheticScenario(100, 2))).not.toBe(JSON.stringify(syntheticScenario(100, 1)));
  });

  it('is clustered: clusters of 8–30, most relations inside a cluster, the clusters joined by bridges', () => {
    const s = syntheticScenario(1000);
    const sizes = new Map<number, number>();
    for (const a of s.actors) {
      const c = clusterOf(a.id);
      expect(c).not.toBeNull();
      sizes.set(c!, (sizes.get(c!) ?? 0) + 1);
    }
    for (const size of sizes.values()) {
      expect(size).toBeGreaterThanOrEqual(8);
      expect(size).toBeLessThanOrEqual(37); // 30, plus a remainder of under 8 on the last one
    }
    const inside = s.relations.filter((r) => clusterOf(r.source) === clusterOf(r.target)).length;
    expect(inside / s.relations.length).toBeGreaterThan(0.8);
    expect(inside).toBeLessThan(s.relations.length);

    // Every actor is reachable from the first one.
    const adj = new Map<string, string[]>(s.actors.map((a) => [a.id, []]));
    for (const r of s.relations) {
      adj.get(r.source)!.push(r.target);
      adj.get(r.target)!.push(r.source);
    }
    const seen = new Set([s.actors[0]!.id]);
    const queue = [s.actors[0]!.id];
    while (queue.length) {
      for (const next of adj.get(queue.pop()!)!) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(1000);
  });

  it('keeps 3,000 actors well under the loader’s size cap', () => {
    const bytes = Buffer.byteLength(JSON.stringify(syntheticScenario(3000)));
    expect(bytes).toBeLessThan(LOAD_LIMITS.maxBytes * 0.75);
  });
});
