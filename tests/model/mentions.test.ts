import { describe, expect, it } from 'vitest';
import { aliasesOf, splitMentions } from '../../src/model/mentions';
import { miniScenario } from '../fixtures/mini';

const actors = miniScenario().actors;

describe('splitMentions', () => {
  it('links every actor named in a sentence, by full name, label or name without "The"', () => {
    expect(splitMentions('Ana Alpha met Bo Beta; Ana told The Council.', actors)).toEqual([
      { text: 'Ana Alpha', actorId: 'ana' },
      { text: ' met ' },
      { text: 'Bo Beta', actorId: 'bo' },
      { text: '; ' },
      { text: 'Ana', actorId: 'ana' },
      { text: ' told ' },
      { text: 'The Council', actorId: 'the-council' },
      { text: '.' },
    ]);
  });

  it('does not link names inside other words', () => {
    expect(splitMentions('Anatomy of Bonn', actors)).toEqual([{ text: 'Anatomy of Bonn' }]);
  });

  it('keeps the text whole: joining the segments gives it back', () => {
    const text = 'Ana, Ana Alpha and Bo\u2019s view.';
    expect(splitMentions(text, actors).map((s) => s.text).join('')).toBe(text);
  });

  it('skips names too short to match safely', () => {
    expect(aliasesOf(actors[1]!)).toEqual(['Bo Beta']);
  });

  it('finds the longest name at each place, among thousands of actors', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...actors[0]!, id: `p${i}`, name: `Person ${i}`, label: `P${i}` }));
    const crowd = [...actors, ...many];
    expect(splitMentions('Person 12 and Person 1234 met Ana Alpha (P70).', crowd)).toEqual([
      { text: 'Person 12', actorId: 'p12' },
      { text: ' and ' },
      { text: 'Person 1234', actorId: 'p1234' },
      { text: ' met ' },
      { text: 'Ana Alpha', actorId: 'ana' },
      { text: ' (' },
      { text: 'P70', actorId: 'p70' },
      { text: ').' },
    ]);
    // "Person 30000" is nobody: "Person 3000" would end inside a number.
    expect(splitMentions('Person 30000.', crowd)).toEqual([{ text: 'Person 30000.' }]);
  });

  it('reads letters outside the basic plane as letters: no name inside a longer word', () => {
    expect(splitMentions('\u{1D400}Ana Alpha', actors)).toEqual([{ text: '\u{1D400}Ana Alpha' }]);
    expect(splitMentions('Ana Alpha\u{1D400}', actors)).toEqual([{ text: 'Ana', actorId: 'ana' }, { text: ' Alpha\u{1D400}' }]);
  });
});
