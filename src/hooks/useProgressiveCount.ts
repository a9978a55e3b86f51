import { useEffect, useState } from 'react';

/**
 * How many of `items` to render: all of them at once, or, when `enabled`, `chunk` more on
 * each animation frame, so mounting thousands of elements never blocks one long frame.
 * Starts again from one chunk when `items` changes.
 */
export function useProgressiveCount(items: readonly unknown[], chunk: number, enabled: boolean): number {
  const [state, setState] = useState({ items, count: chunk });
  const count = enabled ? Math.min(state.items === items ? state.count : chunk, items.length) : items.length;
  useEffect(() => {
    if (count >= items.length) return;
    const frame = requestAnimationFrame(() => setState({ items, count: count + chunk }));
    return () => cancelAnimationFrame(frame);
  }, [items, count, chunk]);
  return count;
}
