// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstUse } from '../src/idle';

describe('afterFirstUse', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, when idle after the reader\u2019s first key, touch, click or wheel', () => {
    for (const type of ['keydown', 'pointerdown', 'touchstart', 'wheel']) {
      const fn = vi.fn();
      afterFirstUse(fn);
      expect(fn).not.toHaveBeenCalled();
      window.dispatchEvent(new Event(type));
      window.dispatchEvent(new Event(type));
      // Not in the event itself, but when the page is next idle.
      expect(fn).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
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

  it('does nothing once cancelled', () => {
    const fn = vi.fn();
    const cancel = afterFirstUse(fn);
    cancel();
    window.dispatchEvent(new Event('keydown'));
    vi.advanceTimersByTime(60_000);
    expect(fn).not.toHaveBeenCalled();
  });
});
