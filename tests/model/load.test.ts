import { describe, expect, it } from 'vitest';
import { LOAD_LIMITS, loadScenarioText, nestingDepth, sanitize, sizeError, summariseErrors } from '../../src/model/load';
import { HEAVY } from '../fixtures/heavy';
import { HOSTILE } from '../fixtures/hostile';
import { miniScenario } from '../fixtures/mini';

const firstError = (text: string) => {
  const result = loadScenarioText(text);
  return result.ok ? 'valid' : result.errors[0];
};

const matches = (actual: string | undefined, expected: string) =>
  expected.endsWith('…') ? actual?.startsWith(expected.slice(0, -1)) : actual === expected;

describe('the hostile corpus', () => {
  it('has at least 30 cases, each with its own name', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE.map((c) => c.name)).size).toBe(HOSTILE.length);
  });

  for (const c of HOSTILE) {
    it(`refuses ${c.name} with: ${c.error}`, () => {
      const actual = firstError(c.text);
      expect(matches(actual, c.error), `got: ${actual}`).toBe(true);
    });
  }
});

describe('loadScenarioText', () => {
  it('opens a valid scenario', () => {
    const result = loadScenarioText(JSON.stringify(miniScenario()));
    expect(result.ok && result.scenario.title).toBe('A small summit');
  });

  it('refuses a file over the size cap before parsing it', () => {
    const text = `{"title": "${'x'.repeat(LOAD_LIMITS.maxBytes)}"}`;
    expect(firstError(text)).toBe(sizeError(LOAD_LIMITS.maxBytes + 13));
    expect(firstError(text)).toMatch(/^\(root\): the file is 8,388,621 bytes; the limit is 8,388,608 bytes \(8\.0 MiB\)$/);
  });

  it('counts bytes, not characters, against the cap', () => {
    expect(sizeError(LOAD_LIMITS.maxBytes)).toBeNull();
    expect(sizeError(LOAD_LIMITS.maxBytes + 1)).not.toBeNull();
  });

  it('refuses more actors than the cap, saying the cap', HEAVY, () => {
    const s = miniScenario();
    const a = s.actors[0]!;
    s.actors = Array.from({ length: 5001 }, (_, i) => ({ ...a, id: `a${i}` }));
    s.relations = [];
    expect(firstError(JSON.stringify(s))).toBe('actors: has more than 5000 items');
  });

  it('leaves prototypes alone whatever the file holds', () => {
    const text = JSON.stringify(miniScenario()).replace('{', '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},');
    const result = loadScenarioText(text);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('nestingDepth', () => {
  it('counts brackets outside strings only', () => {
    expect(nestingDepth('{"a": [1, {"b": "[[[{{{"}]}')).toBe(3);
    expect(nestingDepth('"\\"[["')).toBe(0);
    expect(nestingDepth('[[[]]]')).toBe(3);
  });
});

describe('sanitize', () => {
  it('copies plain data into fresh objects and names every forbidden key', () => {
    const input = JSON.parse('{"a": [{"__proto__": 1, "b": "ok"}], "prototype": 2}') as unknown;
    const { value, errors } = sanitize(input);
    expect(value).toEqual({ a: [{ b: 'ok' }] });
    expect(errors).toEqual(['a[0]: forbidden key "__proto__"', '(root): forbidden key "prototype"']);
  });

  it('allows tabs and newlines in text, and right-to-left marks', () => {
    expect(sanitize({ t: 'line one\nline\ttwo \u200F\u05E9\u05DC\u05D5\u05DD' }).errors).toEqual([]);
  });
});

describe('summariseErrors', () => {
  it('shows a readable number and counts the rest', () => {
    const errors = Array.from({ length: 11 }, (_, i) => `e${i}`);
    expect(summariseErrors(errors)).toEqual({ shown: errors.slice(0, 8), more: 3 });
    expect(summariseErrors(['one'])).toEqual({ shown: ['one'], more: 0 });
  });
});

describe('loadScenarioText tells how big a scenario is once parsed', () => {
  it('counts actors and relations before the check, and 0 where the file holds none', () => {
    const seen: unknown[] = [];
    loadScenarioText(JSON.stringify({ actors: [1, 2, 3], relations: [1] }), (counts) => seen.push(counts));
    loadScenarioText('{"actors": "many"}', (counts) => seen.push(counts));
    loadScenarioText('not json', (counts) => seen.push(counts));
    expect(seen).toEqual([
      { actors: 3, relations: 1 },
      { actors: 0, relations: 0 },
    ]);
  });
});
