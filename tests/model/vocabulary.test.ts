import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/model/safeUrl';
import { legendEntries, positionWords, scaleEnds, signedPosition } from '../../src/model/vocabulary';

describe('positions in words', () => {
  it('reads each step of the scale', () => {
    expect(positionWords(-2, 'cede land', 'keep land')).toBe('Firmly for: cede land');
    expect(positionWords(1, 'cede land', 'keep land')).toBe('Leans to: keep land');
    expect(positionWords(0, 'a', 'b')).toBe('In between, or mixed');
    expect([-2, 0, 2].map(signedPosition)).toEqual(['\u22122', '0', '+2']);
  });
});

describe('safeHref', () => {
  it('turns only http and https addresses into links', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});

describe('one wording for the app and the handouts', () => {
  it('states an issue\u2019s scale by its two ends, with true minus signs', () => {
    expect(scaleEnds({ low: 'Keep fighting', high: 'Ceasefire now' })).toBe('\u22122: Keep fighting \u00b7 +2: Ceasefire now');
  });

  it('lists in a key only the kinds and lines a scenario uses, in the format\u2019s order', () => {
    const entries = legendEntries({
      actors: [{ kind: 'bloc' }, { kind: 'person' }, { kind: 'person' }],
      relations: [{ type: 'strains' }, { type: 'represents', directed: false }],
    });
    expect(entries).toEqual({ kinds: ['person', 'bloc'], types: ['represents', 'strains'], anyDirected: false });
    expect(legendEntries({ actors: [], relations: [{ type: 'opposes', directed: true }] }).anyDirected).toBe(true);
  });
});
