import { describe, expect, it } from 'vitest';
import {
  AGREEMENTS,
  AGREEMENT_LABEL,
  AGREEMENT_SYMBOL,
  agreementCounts,
  agreementOf,
  agreementSummary,
  agreementWords,
  compareStances,
  mutualPerceptions,
  relationsBetween,
  type Agreement,
} from '../../src/model/compare';
import { indexScenario } from '../../src/model/lookup';
import type { Scenario, Stance } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

const at = (position: number, issue = 'truce'): Stance => ({ issue, position, text: `At ${position}.`, basis: 'stated', ref: 'news#talks' });

/** The mini scenario with more issues, and stances set per actor as issue → position. */
function scenarioWith(ana: Record<string, number>, bo: Record<string, number>): Scenario {
  const s = miniScenario();
  s.issues = ['truce', 'land', 'aid', 'talks', 'sanctions', 'seat'].map((id) => ({ id, label: id, question: `${id}?`, low: 'Less', high: 'More' }));
  s.actors[0]!.view.stances = Object.entries(ana).map(([issue, p]) => at(p, issue));
  s.actors[1]!.view.stances = Object.entries(bo).map(([issue, p]) => at(p, issue));
  return s;
}

describe('agreementOf', () => {
  const cases: [number | undefined, number | undefined, Agreement][] = [
    [2, 2, 'agree'],
    [1, 2, 'agree'],
    [-2, -1, 'agree'],
    [0, 0, 'agree'],
    [1, -1, 'clash'],
    [-2, 2, 'clash'],
    [2, -1, 'clash'],
    [0, 1, 'differ'],
    [-1, 0, 'differ'],
    [0, -2, 'differ'],
    [1, undefined, 'only-a'],
    [0, undefined, 'only-a'],
    [undefined, -2, 'only-b'],
    [undefined, undefined, 'neither'],
  ];
  it.each(cases)('%s against %s is %s', (a, b, expected) => {
    expect(agreementOf(a === undefined ? undefined : at(a), b === undefined ? undefined : at(b))).toBe(expected);
  });

  it('is symmetric when both sides speak', () => {
    for (let a = -2; a <= 2; a++) for (let b = -2; b <= 2; b++) expect(agreementOf(at(a), at(b))).toBe(agreementOf(at(b), at(a)));
  });
});

describe('compareStances', () => {
  it('lists every issue in scenario order with both stances and their agreement', () => {
    const s = scenarioWith({ sanctions: -2, truce: 1, land: 2, aid: 0, talks: 1 }, { truce: 2, land: -1, aid: 1, seat: -1 });
    const index = indexScenario(s);
    const rows = compareStances(index, index.actors.get('ana')!, index.actors.get('bo')!);
    expect(rows.map((r) => [r.issue.id, r.a?.position, r.b?.position, r.agreement])).toEqual([
      ['truce', 1, 2, 'agree'],
      ['land', 2, -1, 'clash'],
      ['aid', 0, 1, 'differ'],
      ['talks', 1, undefined, 'only-a'],
      ['sanctions', -2, undefined, 'only-a'],
      ['seat', undefined, -1, 'only-b'],
    ]);
    expect(agreementCounts(rows)).toEqual({ agree: 1, clash: 1, differ: 1, 'only-a': 2, 'only-b': 1, neither: 0 });
  });

  it('keeps an issue neither side speaks to, as a gap on both sides', () => {
    const s = scenarioWith({}, {});
    const index = indexScenario(s);
    const rows = compareStances(index, index.actors.get('ana')!, index.actors.get('bo')!);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.agreement === 'neither' && !r.a && !r.b)).toBe(true);
  });
});

describe('mutualPerceptions and relationsBetween', () => {
  const s = miniScenario();
  s.actors[0]!.view.sees = [{ actor: 'bo', attitude: 'wary', text: 'Bo may walk.', basis: 'inferred', ref: 'news#after' }];
  s.relations.push({ id: 'bo-ana', source: 'bo', target: 'ana', type: 'opposes', directed: true, label: 'Walked out', basis: 'reported', ref: 'news#after' });
  const index = indexScenario(s);
  const [ana, bo, council] = s.actors as [Scenario['actors'][number], Scenario['actors'][number], Scenario['actors'][number]];

  it('reads how each sees the other, leaving a gap where the source is silent', () => {
    expect(mutualPerceptions(index, ana, bo)).toEqual({ aSeesB: s.actors[0]!.view.sees[0], bSeesA: undefined });
    expect(mutualPerceptions(index, bo, ana)).toEqual({ aSeesB: undefined, bSeesA: s.actors[0]!.view.sees[0] });
    expect(mutualPerceptions(index, bo, council)).toEqual({ aSeesB: undefined, bSeesA: undefined });
  });

  it('finds the ties between the two either way round, and only those', () => {
    expect(relationsBetween(index, 'ana', 'bo').map((r) => r.id)).toEqual(['ana-bo', 'bo-ana']);
    expect(relationsBetween(index, 'bo', 'ana').map((r) => r.id)).toEqual(['ana-bo', 'bo-ana']);
    expect(relationsBetween(index, 'ana', 'the-council').map((r) => r.id)).toEqual(['council-ana']);
    expect(relationsBetween(index, 'bo', 'the-council')).toEqual([]);
    expect(relationsBetween(index, 'nobody', 'bo')).toEqual([]);
  });
});

describe('agreement words', () => {
  it('pairs every agreement with a word and a symbol, so none rests on colour', () => {
    for (const k of AGREEMENTS) {
      expect(AGREEMENT_LABEL[k]).toMatch(/\w/);
      expect(AGREEMENT_SYMBOL[k]).not.toBe('');
    }
  });

  it('names the side that speaks when only one does', () => {
    expect(agreementWords('only-a', 'Putin', 'Trump')).toBe('Only Putin speaks');
    expect(agreementWords('only-b', 'Putin', 'Trump')).toBe('Only Trump speaks');
    expect(agreementWords('clash', 'Putin', 'Trump')).toBe('Clash');
  });

  it('sums up the counts in one line, leaving out what never occurs', () => {
    const none = { agree: 0, clash: 0, differ: 0, 'only-a': 0, 'only-b': 0, neither: 0 };
    expect(agreementSummary({ ...none, agree: 2, clash: 3, 'only-a': 1 }, 'Putin', 'Trump')).toBe('Agree on 2 issues, clash on 3 and only Putin speaks on 1.');
    expect(agreementSummary({ ...none, clash: 1 }, 'Putin', 'Trump')).toBe('Clash on 1 issue.');
    expect(agreementSummary({ ...none, 'only-b': 2, neither: 1 }, 'Putin', 'Trump')).toBe('Only Trump speaks on 2 issues and neither speaks on 1.');
    expect(agreementSummary(none, 'Putin', 'Trump')).toBe('There are no issues to compare.');
  });
});
