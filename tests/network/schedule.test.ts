import { describe, expect, it } from 'vitest';
import { layerTransform, onlyMoreMounted, positionsMoved, type DrawnFrom } from '../../src/network/schedule';

describe('positionsMoved', () => {
  const positions = new Map();
  const scene = {};
  const transform = { k: 1, x: 0, y: 0 };
  const drawn: DrawnFrom = { positions, updates: 0, nodes: 3, scene, transform };

  it('draws the first time, and again when anything drawn from changed', () => {
    expect(positionsMoved(null, drawn)).toBe(true);
    expect(positionsMoved(drawn, { ...drawn, positions: new Map() })).toBe(true);
    expect(positionsMoved(drawn, { ...drawn, updates: 1 })).toBe(true);
    expect(positionsMoved(drawn, { ...drawn, nodes: 4 })).toBe(true);
    expect(positionsMoved(drawn, { ...drawn, scene: {} })).toBe(true);
    // Equal numbers, a new transform: d3-zoom makes a new object only for a new view.
    expect(positionsMoved(drawn, { ...drawn, transform: { k: 1, x: 0, y: 0 } })).toBe(true);
  });

  it('leaves the actors where they are drawn when nothing they are drawn from changed (a selection)', () => {
    expect(positionsMoved(drawn, { ...drawn })).toBe(false);
  });
});

describe('onlyMoreMounted', () => {
  const drawn: DrawnFrom = { positions: new Map(), updates: 0, nodes: 250, scene: {}, transform: { k: 1, x: 0, y: 0 } };

  it('is true when only more actors were mounted, so only they are placed and the links stay', () => {
    expect(onlyMoreMounted(drawn, { ...drawn, nodes: 500 })).toBe(true);
  });

  it('is false for a first drawing, fewer or as many actors, or anything else that changed too', () => {
    expect(onlyMoreMounted(null, drawn)).toBe(false);
    expect(onlyMoreMounted(drawn, { ...drawn })).toBe(false);
    expect(onlyMoreMounted(drawn, { ...drawn, nodes: 100 })).toBe(false);
    expect(onlyMoreMounted(drawn, { ...drawn, nodes: 500, updates: 1 })).toBe(false);
    expect(onlyMoreMounted(drawn, { ...drawn, nodes: 500, positions: new Map() })).toBe(false);
    expect(onlyMoreMounted(drawn, { ...drawn, nodes: 500, scene: {} })).toBe(false);
    expect(onlyMoreMounted(drawn, { ...drawn, nodes: 500, transform: { k: 2, x: 0, y: 0 } })).toBe(false);
  });
});

describe('layerTransform', () => {
  it('moves a layer drawn at one transform to where another would draw it', () => {
    expect(layerTransform({ k: 1, x: 0, y: 0 }, { k: 2, x: 10, y: 20 })).toBe('translate(10px, 20px) scale(2)');
    // s = 4 / 2 = 2; x: 30 - 10 * 2 = 10; y: -10 - 20 * 2 = -50
    expect(layerTransform({ k: 2, x: 10, y: 20 }, { k: 4, x: 30, y: -10 })).toBe('translate(10px, -50px) scale(2)');
  });

  it('is the identity when the view has not moved', () => {
    expect(layerTransform({ k: 3, x: 7, y: 9 }, { k: 3, x: 7, y: 9 })).toBe('translate(0px, 0px) scale(1)');
  });
});
