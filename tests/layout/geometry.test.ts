import { describe, expect, it } from 'vitest';
import { apply, fitTransform, focusTransform, linkPath, nearestInDirection, orientFor, parallelBends } from '../../src/layout/geometry';

/** The y of a bent link's control point (the side it bends to). */
const controlY = (path: string) => Number(/Q[-\d.]+,([-\d.]+)/.exec(path)?.[1]);

const margin = { top: 10, right: 10, bottom: 10, left: 10 };

describe('fitTransform', () => {
  it('shows every point inside the margin, centred', () => {
    const pts = [{ x: -100, y: -50 }, { x: 100, y: 50 }];
    const t = fitTransform(pts, { width: 420, height: 300 }, margin);
    expect(t.k).toBeCloseTo(2 * 0.8, 5); // capped by maxK 1.6 before the width limit of 2
    const a = apply(t, pts[0]!);
    const b = apply(t, pts[1]!);
    expect((a.x + b.x) / 2).toBeCloseTo(210);
    expect((a.y + b.y) / 2).toBeCloseTo(150);
    expect(a.x).toBeGreaterThanOrEqual(10);
    expect(b.y).toBeLessThanOrEqual(290);
  });
});

describe('focusTransform', () => {
  it('centres the focus in the free area and keeps every other point on screen', () => {
    const pts = [{ x: 0, y: 0 }, { x: 300, y: 0 }, { x: -40, y: 200 }];
    const view = { width: 800, height: 600 };
    const m = { top: 40, right: 60, bottom: 80, left: 60 };
    const t = focusTransform(pts[0]!, pts, view, m);
    const c = apply(t, pts[0]!);
    expect(c).toEqual({ x: 400, y: 280 });
    for (const p of pts) {
      const s = apply(t, p);
      expect(s.x).toBeGreaterThanOrEqual(m.left - 1e-9);
      expect(s.x).toBeLessThanOrEqual(view.width - m.right + 1e-9);
      expect(s.y).toBeLessThanOrEqual(view.height - m.bottom + 1e-9);
    }
  });
});

describe('linkPath', () => {
  it('stops short of both ends so arrowheads stay visible', () => {
    expect(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 10, 20)).toBe('M10,0L80,0');
  });

  it('bends parallel links through a midpoint offset to one side', () => {
    expect(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 0, 10)).toBe('M0,0Q50,20 100,0');
  });

  it('draws nothing when the ends overlap', () => {
    expect(linkPath({ x: 0, y: 0 }, { x: 5, y: 0 }, 10, 10)).toBe('');
  });
});

describe('parallelBends', () => {
  it('gives lone links no bend and spreads links between the same pair', () => {
    const bends = parallelBends([
      { id: 'a', source: 'x', target: 'y' },
      { id: 'b', source: 'y', target: 'x' },
      { id: 'c', source: 'x', target: 'z' },
    ]);
    expect(bends.get('c')).toBe(0);
    // b runs the other way, so its normal points the other way: the same signed offset
    // along its own normal puts it on the other side of the pair.
    expect(bends.get('a')).toBe(-13);
    expect(bends.get('b')).toBe(-13);
    const sideA = controlY(linkPath({ x: 0, y: 0 }, { x: 100, y: 0 }, 0, 0, bends.get('a')));
    const sideB = controlY(linkPath({ x: 100, y: 0 }, { x: 0, y: 0 }, 0, 0, bends.get('b')));
    expect(Math.sign(sideA)).toBe(-Math.sign(sideB));
  });
});

describe('nearestInDirection', () => {
  const pts = [
    { id: 'right', x: 100, y: 10 },
    { id: 'far-right', x: 300, y: 0 },
    { id: 'up', x: 0, y: -80 },
    { id: 'steep', x: 20, y: 100 },
  ];
  it('picks the nearest candidate roughly in that direction', () => {
    expect(nearestInDirection({ x: 0, y: 0 }, pts, 'right')?.id).toBe('right');
    expect(nearestInDirection({ x: 0, y: 0 }, pts, 'up')?.id).toBe('up');
    expect(nearestInDirection({ x: 0, y: 0 }, pts, 'down')?.id).toBe('steep');
    expect(nearestInDirection({ x: 0, y: 0 }, pts, 'left')).toBeNull();
  });
});

describe('orientFor', () => {
  const wide = new Map([
    ['a', { x: -200, y: 0 }],
    ['b', { x: 200, y: 10 }],
  ]);
  it('keeps a wide layout on a wide screen and turns it for a tall one', () => {
    expect(orientFor(wide, { width: 800, height: 400 }).get('b')).toEqual({ x: 200, y: 10 });
    expect(orientFor(wide, { width: 390, height: 700 }).get('b')).toEqual({ x: -10, y: 200 });
  });
});
