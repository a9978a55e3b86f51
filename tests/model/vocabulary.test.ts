import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/model/safeUrl';
import { positionWords, signedPosition } from '../../src/model/vocabulary';

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
