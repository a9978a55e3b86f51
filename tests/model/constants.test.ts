import { describe, expect, it } from 'vitest';
import { LOAD_LIMITS, sizeError, wholeNumber } from '../../src/model/constants';

describe('wholeNumber', () => {
  it('groups thousands as the en-GB locale does, without Intl', () => {
    for (const n of [0, 7, 999, 1000, 3000, 20000, 123456, 1234567, 7340032, -1234]) {
      expect(wholeNumber(n)).toBe(n.toLocaleString('en-GB'));
    }
  });

  it('rounds to a whole number first', () => {
    expect(wholeNumber(1234.6)).toBe('1,235');
  });
});

describe('sizeError', () => {
  it('says the size and the limit in grouped bytes', () => {
    expect(sizeError(LOAD_LIMITS.maxBytes)).toBeNull();
    expect(sizeError(LOAD_LIMITS.maxBytes + 1)).toBe(
      `(root): the file is ${(LOAD_LIMITS.maxBytes + 1).toLocaleString('en-GB')} bytes; the limit is ${LOAD_LIMITS.maxBytes.toLocaleString('en-GB')} bytes (8.0 MiB)`,
    );
  });
});
