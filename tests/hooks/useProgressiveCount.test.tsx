// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from '../../src/hooks/useProgressiveCount';

describe('useProgressiveCount', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const frame = () => act(() => vi.advanceTimersToNextFrame());

  it('renders everything at once when not enabled', () => {
    const { result } = renderHook(() => useProgressiveCount(new Array(1000), 250, false));
    expect(result.current).toBe(1000);
  });

  it('adds one chunk a frame until all are there, then stops asking for frames', () => {
    const items = new Array(600);
    const { result } = renderHook(() => useProgressiveCount(items, 250, true));
    expect(result.current).toBe(250);
    frame();
    expect(result.current).toBe(500);
    frame();
    expect(result.current).toBe(600);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again from one chunk when the items change', () => {
    const first = new Array(600);
    const { result, rerender } = renderHook(({ items }) => useProgressiveCount(items, 250, true), { initialProps: { items: first } });
    frame();
    expect(result.current).toBe(500);
    rerender({ items: new Array(300) });
    expect(result.current).toBe(250);
    frame();
    expect(result.current).toBe(300);
  });
});
