import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout, countCrossings, LAYOUT_PARAMS, layoutShape, primeLayout, seededRandom, startLayout, startPositions, startsFor, streamsLayout } from '../../src/layout/forceLayout';
import { builtinLayoutModule } from '../../vite.config';
import { syntheticScenario } from '../../scripts/synthetic';
import type { Scenario } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

const kremlin = JSON.parse(readFileSync(new URL('../../data/kremlin-meeting.json', import.meta.url), 'utf8')) as Scenario;

describe('computeLayout', () => {
  it('gives the same positions on every run', () => {
    // Two runs with the same (but not the shared) parameters bypass the cache of layouts by
    // shape, so each copy of the scenario is laid out afresh.
    const first = computeLayout(structuredClone(kremlin), { ...LAYOUT_PARAMS });
    const second = computeLayout(structuredClone(kremlin), { ...LAYOUT_PARAMS });
    expect(second).not.toBe(first);
    expect([...second]).toEqual([...first]);
  });

  it('places every actor, apart from each other, centred on the origin', () => {
    const layout = computeLayout(kremlin);
    expect([...layout.keys()].sort()).toEqual(kremlin.actors.map((a) => a.id).sort());
    const pts = [...layout.values()];
    for (const [i, p] of pts.entries()) for (const q of pts.slice(i + 1)) expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThan(100);
    const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    expect(Math.abs(cx)).toBeLessThan(1);
  });

  it('keeps the start with the fewest crossings', () => {
    const one = countCrossings(computeLayout(kremlin, { ...LAYOUT_PARAMS, tries: 1 }), kremlin.relations);
    const many = countCrossings(computeLayout(kremlin), kremlin.relations);
    expect(many).toBeLessThanOrEqual(one);
    expect(many).toBeLessThanOrEqual(1);
  });

  it('finishes only the best start, and it is the start that running each to the end would choose', () => {
    // The reference: every start run to the end, the first with the fewest crossings kept.
    const fullRuns = (s: Scenario) => {
      let best: Map<string, { x: number; y: number }> | null = null;
      let fewest = Infinity;
      for (let seed = 0; seed < startsFor(s) && fewest > 0; seed++) {
        const run = startLayout(s, LAYOUT_PARAMS, seed);
        run.tick(LAYOUT_PARAMS.ticks);
        const layout = run.positions();
        const crossings = countCrossings(layout, s.relations);
        if (crossings < fewest) [best, fewest] = [layout, crossings];
      }
      return best;
    };
    const harbour = JSON.parse(readFileSync(new URL('../../data/example-harbour-dispute.json', import.meta.url), 'utf8')) as Scenario;
    for (const s of [kremlin, harbour, miniScenario(), syntheticScenario(6), syntheticScenario(10, 7), syntheticScenario(20, 7), syntheticScenario(30), syntheticScenario(50)]) {
      expect([...computeLayout(structuredClone(s), { ...LAYOUT_PARAMS })]).toEqual([...(fullRuns(s) ?? [])]);
    }
  });

  it('leaves pinned actors where the author put them', () => {
    const s = miniScenario();
    s.actors[0]!.pin = { x: 40, y: -30 };
    expect(computeLayout(s).get('ana')).toEqual({ x: 40, y: -30 });
  });
});

describe('how much layout happens before the first paint', () => {
  it('gives small networks many starts and bigger ones fewer, so no size blocks the page for long', () => {
    expect(startsFor(kremlin)).toBe(LAYOUT_PARAMS.tries);
    expect(startsFor(syntheticScenario(20))).toBe(6);
    expect(startsFor(syntheticScenario(50))).toBe(2);
    expect(startsFor(syntheticScenario(100))).toBe(1);
    // Starts x actors stays within the budget from 10 actors up.
    for (const n of [10, 20, 30, 40]) expect(startsFor(syntheticScenario(n)) * n).toBeLessThanOrEqual(LAYOUT_PARAMS.startsBudget);
  });

  it('lays out a scenario of 100 actors in the page, and streams from 150 actors or 450 relations', () => {
    expect(streamsLayout(syntheticScenario(100))).toBe(false);
    expect(streamsLayout(syntheticScenario(149))).toBe(false);
    expect(streamsLayout(syntheticScenario(150))).toBe(true);
    const dense = syntheticScenario(100);
    const extra = Array.from({ length: 150 }, (_, i) => ({ ...dense.relations[0]!, id: `extra-${i}` }));
    expect(streamsLayout({ ...dense, relations: [...dense.relations, ...extra] })).toBe(true);
  });
});

describe('the built-in scenario\u2019s layout, computed at build time', () => {
  it('is the layout the page would compute, and the page takes it instead of computing one', () => {
    const module = builtinLayoutModule(kremlin);
    const positions = JSON.parse(module.replace(/^export default /, '').replace(/;$/, '')) as Record<string, [number, number]>;
    const computed = computeLayout(structuredClone(kremlin), { ...LAYOUT_PARAMS });
    expect(Object.keys(positions).sort()).toEqual(kremlin.actors.map((a) => a.id).sort());
    for (const [id, p] of computed) expect(positions[id]).toEqual([p.x, p.y]);
    // Primed with other positions, the page uses those: nothing is laid out again.
    const s = miniScenario();
    primeLayout(s, { ana: [1, 2] });
    expect(computeLayout(s).get('ana')).toEqual({ x: 1, y: 2 });
    expect(computeLayout(s).get(s.actors[1]!.id)).toEqual({ x: 0, y: 0 });
  });
});

describe('startPositions', () => {
  it('is where the simulation starts, without building it (a big network\u2019s first picture)', () => {
    const pinned = miniScenario();
    pinned.actors[0]!.pin = { x: 40, y: -25 };
    for (const s of [syntheticScenario(5000), syntheticScenario(7), miniScenario(), pinned]) {
      for (const seed of [0, 3]) expect(startPositions(s, LAYOUT_PARAMS, seed)).toEqual(startLayout(s, LAYOUT_PARAMS, seed).positions());
    }
    // Not a layout: the first ticks move everyone.
    const run = startLayout(miniScenario(), LAYOUT_PARAMS, 0);
    run.tick(1);
    expect(startPositions(miniScenario(), LAYOUT_PARAMS, 0)).not.toEqual(run.positions());
  });
});

describe('layoutShape', () => {
  it('ignores what the actors say and changes with who is there, where they are pinned and who is linked', () => {
    const s = miniScenario();
    const reworded: Scenario = { ...s, title: 'Another title', actors: s.actors.map((a) => ({ ...a, name: `${a.name} Jr` })) };
    expect(layoutShape(reworded)).toBe(layoutShape(s));
    const pinned: Scenario = { ...s, actors: s.actors.map((a, i) => (i === 0 ? { ...a, pin: { x: 1, y: 2 } } : a)) };
    expect(layoutShape(pinned)).not.toBe(layoutShape(s));
    const relinked: Scenario = { ...s, relations: s.relations.map((r) => ({ ...r, source: r.target, target: r.source })) };
    expect(layoutShape(relinked)).not.toBe(layoutShape(s));
    expect(layoutShape({ ...s, actors: s.actors.slice(1) })).not.toBe(layoutShape(s));
  });

  it('two versions of one shape share one layout', () => {
    const s = miniScenario();
    const reworded: Scenario = { ...s, summary: 'Typed a little more.' };
    expect(computeLayout(reworded)).toBe(computeLayout(s));
  });
});

describe('countCrossings', () => {
  it('counts links that cross, but not links that share an actor', () => {
    const pos = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 10, y: 10 }],
      ['c', { x: 0, y: 10 }],
      ['d', { x: 10, y: 0 }],
    ]);
    expect(countCrossings(pos, [{ source: 'a', target: 'b' }, { source: 'c', target: 'd' }])).toBe(1);
    expect(countCrossings(pos, [{ source: 'a', target: 'b' }, { source: 'a', target: 'c' }])).toBe(0);
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const c = seededRandom(4);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
