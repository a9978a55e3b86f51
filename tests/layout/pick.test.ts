import { describe, expect, it } from 'vitest';
import { createPicker } from '../../src/layout/pick';

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 100, y: 100 }],
]);

describe('picking the actor under the pointer', () => {
  const picker = createPicker(positions);

  it('finds the nearest centre within the radius, in screen pixels', () => {
    const t = { k: 1, x: 0, y: 0 };
    expect(picker.pick({ x: 10, y: 5 }, t, 34)).toBe('a');
    expect(picker.pick({ x: 70, y: 0 }, t, 34)).toBe('b');
    expect(picker.pick({ x: 50, y: 50 }, t, 34)).toBeNull();
  });

  it('reads the screen through the zoom: the radius stays the same on screen', () => {
    // Zoomed out to a half and moved 200 px right: b is drawn at (250, 0).
    const t = { k: 0.5, x: 200, y: 0 };
    expect(picker.pick({ x: 250, y: 20 }, t, 34)).toBe('b');
    // 40 px away on screen is too far, though it is 80 layout units.
    expect(picker.pick({ x: 290, y: 0 }, t, 34)).toBeNull();
    // Between a (200, 0) and b (250, 0), nearer to a.
    expect(picker.pick({ x: 220, y: 0 }, t, 34)).toBe('a');
  });
});
