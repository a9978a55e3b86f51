// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { channelName, currentSecret, newSecret, presenterSecret } from '../../src/sync/pairing';

beforeEach(() => sessionStorage.clear());

describe('pairing', () => {
  it('makes 128-bit hex secrets that differ each time', () => {
    const a = newSecret();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newSecret()).not.toBe(a);
  });

  it('a window that never opened or was opened as an audience window has no secret', () => {
    expect(currentSecret('')).toBeNull();
  });

  it('the presenter keeps its secret across calls (and so across a reload)', () => {
    const first = presenterSecret();
    expect(presenterSecret()).toBe(first);
    expect(currentSecret('')).toBe(first);
  });

  it('the audience window takes the secret from its address and keeps it', () => {
    const secret = newSecret();
    expect(currentSecret(`?audience&pair=${secret}`)).toBe(secret);
    expect(currentSecret('?audience')).toBe(secret);
  });

  it('ignores a secret in the address that is not one of ours', () => {
    expect(currentSecret('?pair=<script>')).toBeNull();
    expect(currentSecret('?pair=abc')).toBeNull();
  });

  it('names the channel with the scenario and the secret', () => {
    expect(channelName('kremlin-meeting', 'f'.repeat(32))).toBe(`standpoint:kremlin-meeting:${'f'.repeat(32)}`);
  });
});
