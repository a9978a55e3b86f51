import { describe, expect, it } from 'vitest';
import { answers, CODE_ALPHABET, formatRoomCode, newRoomCode, normaliseRoomCode, type Question } from '../../src/class/protocol';
import { RateLimit } from '../../src/server/rateLimit';

describe('room codes', () => {
  it('are eight characters with no look-alikes, each as likely as any other', () => {
    // Bytes 250 to 255 are skipped; the rest fall ten to a character (250 = 10 × 25).
    expect(newRoomCode(() => Uint8Array.from([255, 250, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]))).toBe('ACDEFGHJ');
    const perCharacter = new Map<string, number>();
    for (let b = 0; b < 250; b++) {
      const c = newRoomCode((bytes) => bytes.fill(b)).charAt(0);
      perCharacter.set(c, (perCharacter.get(c) ?? 0) + 1);
    }
    expect([...perCharacter.keys()].sort().join('')).toBe([...CODE_ALPHABET].sort().join(''));
    expect(new Set(perCharacter.values())).toEqual(new Set([10]));
    expect(CODE_ALPHABET).not.toMatch(/[0O1IL2Z5S8B]/);
    expect(newRoomCode((bytes) => crypto.getRandomValues(bytes))).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
  });

  it('are read as typed: any case, with spaces or a dash', () => {
    expect(normaliseRoomCode(' k7qm-4pxr ')).toBe('K7QM4PXR');
    expect(normaliseRoomCode('K7QM 4PXR')).toBe('K7QM4PXR');
    expect(normaliseRoomCode('K7QM-4PX')).toBeNull();
    expect(normaliseRoomCode('K0QM-4PXR')).toBeNull();
    expect(formatRoomCode('K7QM4PXR')).toBe('K7QM-4PXR');
  });
});

describe('answers', () => {
  const stance: Question = { id: 'q', kind: 'stance', actor: 'a', issue: 'i' };
  const view: Question = { id: 'q', kind: 'view', actor: 'a', other: 'b' };
  const poll: Question = { id: 'q', kind: 'poll', prompt: 'Who?', options: ['a', 'b'] };
  const text: Question = { id: 'q', kind: 'text', prompt: 'Why?' };

  it('take a position for a stance, an attitude for a view, an option for a poll, text for a short answer', () => {
    expect(answers(stance, 2)).toBe(true);
    expect(answers(stance, 'ally')).toBe(false);
    expect(answers(view, 'wary')).toBe(true);
    expect(answers(view, 'friendly')).toBe(false);
    expect(answers(poll, 'b')).toBe(true);
    expect(answers(poll, 'c')).toBe(false);
    expect(answers(text, 'Because.')).toBe(true);
    expect(answers(text, '   ')).toBe(false);
  });
});

describe('RateLimit', () => {
  it('counts events per key in a sliding window', () => {
    let now = 0;
    const limit = new RateLimit(2, 1000, () => now);
    expect(limit.hit('a')).toBe(true);
    expect(limit.hit('a')).toBe(true);
    expect(limit.hit('a')).toBe(false);
    expect(limit.blocked('a')).toBe(true);
    expect(limit.hit('b')).toBe(true);
    now = 1500;
    expect(limit.blocked('a')).toBe(false);
    expect(limit.hit('a')).toBe(true);
  });
});
