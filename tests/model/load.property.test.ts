import { assertNoPoisoning } from '@fast-check/poisoning';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/model/load';
import { ACTOR_KINDS, ATTITUDES, BASES, RELATION_TYPES, type Scenario } from '../../src/model/schema';
import { validateScenario } from '../../src/model/validate';
import { HEAVY } from '../fixtures/heavy';

/**
 * Runs per property; `npm test` keeps them modest so the suite stays quick on 2 cores. Each
 * property may still take seconds on a busy machine (the pollution check walks every global
 * after each run), hence the HEAVY time limit rather than fewer runs.
 */
const RUNS = { roundTrip: 300, anyJson: 1000, anyText: 1000, poison: 500 };

const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?$/);
// Text as authors write it, including markup-like and non-Latin characters (all of it must stay text).
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefghij XYZ ,.?!’“”<>/&;:=()é中ش0123'.split('')), minLength: 1, maxLength: max });
const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;

/** Any valid scenario: ids unique, every reference pointing at something that exists. */
const validScenario: fc.Arbitrary<Scenario> = fc
  .record({
    actorIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
    issueIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    sectionIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 3 }),
    title: text(60),
    picks: fc.array(fc.nat(1000), { minLength: 64, maxLength: 64 }),
    words: fc.array(text(40), { minLength: 16, maxLength: 16 }),
    relationCount: fc.nat(6),
  })
  .map(({ actorIds, issueIds, sectionIds, title, picks, words, relationCount }) => {
    let i = 0;
    const n = () => picks[i++ % picks.length] ?? 0;
    const w = () => pick(words, n());
    const ref = () => `src#${pick(sectionIds, n())}`;
    const claim = () => ({ text: w(), basis: pick(BASES, n()), ref: ref() });
    const actors = actorIds.map((id) => ({
      id,
      name: w(),
      label: w().slice(0, 40),
      kind: pick(ACTOR_KINDS, n()),
      role: claim(),
      view: {
        headline: claim(),
        wants: [claim()],
        outcome: [claim()],
        fears: [claim()],
        stances: issueIds.slice(0, 1 + (n() % issueIds.length)).map((issue) => ({ issue, position: (n() % 5) - 2, ...claim() })),
        sees: actorIds.filter((other) => other !== id).map((actor) => ({ actor, attitude: pick(ATTITUDES, n()), ...claim() })),
        questions: [w()],
      },
    }));
    const relations =
      actorIds.length < 2
        ? []
        : Array.from({ length: relationCount }, (_, k) => {
            const s = n() % actorIds.length;
            const t = (s + 1 + (n() % (actorIds.length - 1))) % actorIds.length;
            return { id: `r${k}`, source: actorIds[s]!, target: actorIds[t]!, type: pick(RELATION_TYPES, n()), directed: n() % 2 === 0, label: w(), basis: pick(BASES, n()), ref: ref() };
          });
    const scenario: Scenario = {
      format: 1,
      id: 'generated',
      title,
      date: w(),
      summary: w(),
      sources: [{ id: 'src', title: w(), sections: sectionIds.map((id) => ({ id, title: w() })) }],
      issues: issueIds.map((id) => ({ id, label: w().slice(0, 40), question: w(), low: w(), high: w() })),
      actors,
      relations,
    };
    return scenario;
  });

describe('property: valid scenarios round-trip', () => {
  it('every generated valid scenario validates, and comes back unchanged through JSON text', HEAVY, () => {
    fc.assert(
      fc.property(validScenario, (s) => {
        const direct = validateScenario(s);
        expect(direct.ok ? [] : direct.errors).toEqual([]);
        const loaded = loadScenarioText(JSON.stringify(s));
        expect(loaded.ok && loaded.scenario).toEqual(s);
      }),
      { numRuns: RUNS.roundTrip },
    );
  });
});

describe('property: nothing throws out of the loader', () => {
  it('any JSON value comes back as errors, never as an exception', HEAVY, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const result = loadScenarioText(JSON.stringify(v) ?? '');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS.anyJson },
    );
  });

  it('any text at all comes back as a result, never as an exception', HEAVY, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (t) => {
        expect(() => loadScenarioText(t)).not.toThrow();
      }),
      { numRuns: RUNS.anyText },
    );
  });
});

// Globals the test runner itself, Node's lazy globals and zod's one-time config change while
// tests run; everything else (Object.prototype and every other built-in) is checked.
const RUNNER_GLOBALS = /^(__vitest_worker__|__vitest_mocker__|__zod_globalConfig|__zod_globalRegistry|AbortController|TextEncoder|TextDecoder)$/;

describe('property: no prototype pollution', () => {
  const poisonKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted');
  const poisoned = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
    object: fc.dictionary(poisonKey, tie('value'), { maxKeys: 4 }),
  }));

  it('whatever keys a file holds, no global prototype changes', HEAVY, () => {
    fc.assert(
      fc.property(poisoned.object, validScenario, (extra, s) => {
        // Hide the poison at the top and inside an actor of an otherwise valid scenario.
        const text = JSON.stringify({ ...s, ...extra, actors: s.actors.map((a, i) => (i === 0 ? { ...a, ...extra } : a)) });
        loadScenarioText(text);
        assertNoPoisoning({ ignoredRootRegex: RUNNER_GLOBALS });
      }),
      { numRuns: RUNS.poison },
    );
  });
});
