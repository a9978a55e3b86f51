import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, settle, startHistory, undo } from '../../src/editor/history';

describe('editor history', () => {
  it('takes back and brings back whole steps', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('joins typing in one field into word-sized steps', () => {
    let h = startHistory('');
    for (const typed of ['H', 'Hi', 'Hi ', 'Hi t', 'Hi th', 'Hi the', 'Hi there']) h = record(h, typed, 'title', typed);
    // "Hi " ended a word: one step for "Hi ", one for "there".
    expect(h.past).toEqual(['', 'Hi ']);
    h = undo(h);
    expect(h.present).toBe('Hi ');
    h = undo(h);
    expect(h.present).toBe('');
  });

  it('starts a new step in another field, after leaving a field, and for edits that are not typing', () => {
    let h = startHistory(0);
    h = record(h, 1, 'title', 'x');
    h = record(h, 2, 'summary', 'y');
    h = settle(h);
    h = record(h, 3, 'summary', 'yz');
    h = record(h, 4);
    expect(h.past).toEqual([0, 1, 2, 3]);
  });

  it('a new edit after an undo drops what could be redone', () => {
    let h = record(record(startHistory('a'), 'b'), 'c');
    h = record(undo(h), 'd');
    expect(h.future).toEqual([]);
    expect(h.past).toEqual(['a', 'b']);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps, at least 200`, () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(200);
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
