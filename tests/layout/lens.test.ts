import { describe, expect, it } from 'vitest';
import { lensLayout, lensRadii, RING } from '../../src/layout/lens';
import type { Perception } from '../../src/model/schema';

const base = new Map([
  ['me', { x: 0, y: 0 }],
  ['east', { x: 100, y: 0 }],
  ['north', { x: 0, y: -100 }],
  ['west', { x: -100, y: 5 }],
  ['south', { x: 0, y: 100 }],
]);
const sees = (attitude: Perception['attitude']): Perception => ({ actor: 'x', attitude, text: 't', basis: 'inferred', ref: 'a#b' });

describe('lensLayout', () => {
  const perceptions = new Map([
    ['east', sees('ally')],
    ['west', sees('adversary')],
    ['north', sees('wary')],
  ]);
  const lens = lensLayout(base, 'me', perceptions, { rx: 200, ry: 100 });
  const dist = (id: string) => {
    const p = lens.get(id)!;
    return Math.hypot(p.x / 200, p.y / 100);
  };

  it('keeps the selected actor where it was', () => {
    expect(lens.get('me')).toEqual({ x: 0, y: 0 });
  });

  it('puts warmer actors nearer than colder ones, and the unknown on the outer ring', () => {
    expect(dist('east')).toBeCloseTo(RING.ally);
    expect(dist('north')).toBeCloseTo(RING.wary);
    expect(dist('west')).toBeCloseTo(RING.adversary);
    expect(dist('south')).toBeCloseTo(RING.silent);
    expect(RING.ally).toBeLessThan(RING.wary);
  });

  it('keeps everyone roughly in the direction they had', () => {
    expect(lens.get('east')!.x).toBeGreaterThan(0);
    expect(lens.get('west')!.x).toBeLessThan(0);
    expect(lens.get('north')!.y).toBeLessThan(0);
    expect(lens.get('south')!.y).toBeGreaterThan(0);
  });

  it('returns the overview unchanged for an unknown focus', () => {
    expect(lensLayout(base, 'nobody', perceptions, { rx: 1, ry: 1 })).toEqual(base);
  });
});

describe('lensRadii', () => {
  it('grows with the network and takes the shape of the screen', () => {
    expect(lensRadii(100, 1).rx).toBeGreaterThan(lensRadii(7, 1).rx);
    const wide = lensRadii(7, 2);
    expect(wide.rx).toBeGreaterThan(wide.ry);
    const tall = lensRadii(7, 0.5);
    expect(tall.ry).toBeGreaterThan(tall.rx);
  });
});
