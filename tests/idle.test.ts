// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstUse, onFirstIntent } from '../src/idle';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterFirstUse', () => {
  it('runs once, a moment after the reader\u2019s first key, touch, click or wheel', () => {
    for (const type of ['keydown', 'pointerdown', 'touchstart', 'wheel']) {
      const fn = vi.fn();
      afterFirstUse(fn);
      expect(fn).not.toHaveBeenCalled();
      window.dispatchEvent(new Event(type));
      window.dispatchEvent(new Event(type));
      // Not while the event is being answered, but a moment later.
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(3000);
      expect(fn).toHaveBeenCalledTimes(1);
      // Nothing runs it again later.
      vi.advanceTimersByTime(60_000);
      expect(fn).toHaveBeenCalledTimes(1);
    }
  });

  it('otherwise runs some seconds after the first picture, not in the first five', () => {
    const fn = vi.fn();
    afterFirstUse(fn);
    vi.advanceTimersByTime(5_000);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, before or after the first use', () => {
    const fn = vi.fn();
    const cancel = afterFirstUse(fn);
    cancel();
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(60_000);
    const late = afterFirstUse(fn);
    window.dispatchEvent(new Event('keydown'));
    late();
    vi.advanceTimersByTime(60_000);
    expect(fn).not.toHaveBeenCalled();
  });
});

describe('onFirstIntent', () => {
  it('runs once, as soon as the pointer moves or the reader touches, types or moves the focus', () => {
    for (const type of ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin']) {
      const fn = vi.fn();
      onFirstIntent(fn);
      expect(fn).not.toHaveBeenCalled();
      window.dispatchEvent(new Event(type));
      window.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(0);
      expect(fn, type).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(60_000);
      expect(fn, type).toHaveBeenCalledTimes(1);
    }
  });

  it('otherwise runs some seconds after the first picture, not in the first five', () => {
    const fn = vi.fn();
    onFirstIntent(fn);
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(5_000);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
