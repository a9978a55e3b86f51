// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

const Handouts = () => null;
vi.mock('../../src/lazyViews', () => ({ loadPrintHandouts: vi.fn(() => Promise.resolve(Handouts)) }));

const { usePrintHandouts } = await import('../../src/hooks/usePrintHandouts');

describe('usePrintHandouts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('Ctrl+P before the handouts have loaded waits for them, renders them, then prints', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { result } = renderHook(() => usePrintHandouts());
    expect(result.current.Handouts).toBeNull();
    const key = new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(key));
    // The browser's own print dialog is held back: it would print a page without the handouts.
    expect(key.defaultPrevented).toBe(true);
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(result.current.Handouts).toBe(Handouts);
    expect(result.current.printing).toBe(true);
  });

  it('leaves other keys alone', () => {
    renderHook(() => usePrintHandouts());
    const key = new KeyboardEvent('keydown', { key: 'p', cancelable: true });
    window.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
  });
});
