import { describe, expect, it } from 'vitest';
import { indexScenario } from '../../src/model/lookup';
import { buildMatrix, nextSort, sortRows } from '../../src/model/matrix';
import type { Scenario } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

/** Five actors on two issues; `null` leaves the issue out (the source is silent). */
function scenarioWith(positions: Record<string, [number | null, number | null]>): Scenario {
  const s = miniScenario();
  s.issues.push({ id: 'aid', label: 'Aid', question: 'Send aid?', low: 'No aid', high: 'More aid' });
  const template = s.actors[0]!;
  s.actors = Object.entries(positions).map(([id, [truce, aid]]) => ({
    ...template,
    id,
    name: id.toUpperCase(),
    label: id,
    view: {
      ...template.view,
      stances: [
        ...(truce === null ? [] : [{ issue: 'truce', position: truce, text: `${id} on truce.`, basis: 'stated' as const, ref: 'news#talks' }]),
        ...(aid === null ? [] : [{ issue: 'aid', position: aid, text: `${id} on aid.`, basis: 'stated' as const, ref: 'news#talks' }]),
      ],
    },
  }));
  s.relations = [];
  return s;
}

const ids = (rows: { actor: { id: string } }[]) => rows.map((r) => r.actor.id);

describe('buildMatrix', () => {
  it('has a row per actor and a cell per issue, in scenario order, with gaps where the source is silent', () => {
    const m = buildMatrix(indexScenario(scenarioWith({ a: [1, null], b: [null, -2] })));
    expect(m.issues.map((i) => i.id)).toEqual(['truce', 'aid']);
    expect(ids(m.rows)).toEqual(['a', 'b']);
    expect(m.rows.map((r) => r.cells.map((c) => [c.issue.id, c.stance?.position]))).toEqual([
      [['truce', 1], ['aid', undefined]],
      [['truce', undefined], ['aid', -2]],
    ]);
  });

  it('puts cells in issue order even when the actor lists stances in another order', () => {
    const s = scenarioWith({ a: [1, 2] });
    s.actors[0]!.view.stances.reverse();
    expect(buildMatrix(indexScenario(s)).rows[0]!.cells.map((c) => c.issue.id)).toEqual(['truce', 'aid']);
  });
});

describe('sortRows', () => {
  const { rows } = buildMatrix(indexScenario(scenarioWith({ a: [0, 1], b: [null, 2], c: [2, null], d: [0, -1], e: [-2, null], f: [null, 0] })));

  it('puts the high end first when descending, keeping ties in scenario order and the silent last', () => {
    expect(ids(sortRows(rows, 'truce', 'descending'))).toEqual(['c', 'a', 'd', 'e', 'b', 'f']);
  });

  it('puts the low end first when ascending, still with the silent last', () => {
    expect(ids(sortRows(rows, 'truce', 'ascending'))).toEqual(['e', 'a', 'd', 'c', 'b', 'f']);
    expect(ids(sortRows(rows, 'aid', 'ascending'))).toEqual(['d', 'f', 'a', 'b', 'c', 'e']);
  });

  it('is stable: ties and silent rows keep the order they came in', () => {
    const reversed = [...rows].reverse();
    expect(ids(sortRows(reversed, 'truce', 'descending'))).toEqual(['c', 'd', 'a', 'e', 'f', 'b']);
    expect(ids(sortRows(reversed, 'truce', 'ascending'))).toEqual(['e', 'd', 'a', 'c', 'f', 'b']);
  });

  it('keeps the given order for null, and for an issue no one speaks to', () => {
    expect(ids(sortRows(rows, null, 'descending'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(ids(sortRows(rows, 'nowhere', 'ascending'))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('returns a new array and leaves the rows it was given alone', () => {
    const before = ids(rows);
    const sorted = sortRows(rows, 'truce', 'ascending');
    expect(sorted).not.toBe(rows);
    expect(ids(rows)).toEqual(before);
    expect(sortRows(rows, null, 'ascending')).not.toBe(rows);
  });
});

describe('nextSort', () => {
  it('cycles a column none → descending → ascending → none, and starts a new column at descending', () => {
    const none = { issueId: null, direction: 'descending' as const };
    const down = nextSort(none, 'truce');
    expect(down).toEqual({ issueId: 'truce', direction: 'descending' });
    const up = nextSort(down, 'truce');
    expect(up).toEqual({ issueId: 'truce', direction: 'ascending' });
    expect(nextSort(up, 'truce').issueId).toBeNull();
    expect(nextSort(up, 'aid')).toEqual({ issueId: 'aid', direction: 'descending' });
  });
});
