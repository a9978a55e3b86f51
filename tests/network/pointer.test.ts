// @vitest-environment happy-dom
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Point } from '../../src/layout/geometry';
import { PointerPick, type PickSource } from '../../src/network/pointer';
import { ManualFrames } from '../fixtures/frames';
import { loadBigParts } from '../../src/network/bigLoader';

const SVG = 'http://www.w3.org/2000/svg';

function setup(positions: ReadonlyMap<string, Point>) {
  const svg = document.createElementNS(SVG, 'svg');
  document.body.append(svg);
  const nodes = new Map<string, SVGGElement>();
  for (const id of positions.keys()) {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('tabindex', '-1');
    svg.append(g);
    nodes.set(id, g);
  }
  const state = { moving: false, updates: 0 };
  const pick = vi.fn();
  const source: PickSource = {
    svg: () => svg,
    node: (id) => nodes.get(id),
    positions: () => positions,
    updates: () => state.updates,
    // Drawn at twice the layout's size, 100 px right of the SVG's corner.
    drawn: () => ({ k: 2, x: 100, y: 0 }),
    moving: () => state.moving,
    radius: () => 10,
    pick,
  };
  const frames = new ManualFrames();
  return { svg, nodes, state, pick, frames, pointer: new PointerPick(source, frames) };
}

// The SVG's box starts at the page's corner (happy-dom lays nothing out), so client = SVG coordinates.
const positions = new Map([
  ['a', { x: 0, y: 0 }], // drawn at (100, 0)
  ['b', { x: 50, y: 50 }], // drawn at (200, 100)
]);

describe('PointerPick', () => {
  // A big network's picking and canvas load on demand; here they are loaded first.
  beforeAll(() => loadBigParts());

  it('finds the actor within reach of a point on screen, through the drawn transform', () => {
    const { pointer } = setup(positions);
    expect(pointer.at(105, 5)).toBe('a');
    expect(pointer.at(200, 108)).toBe('b');
    expect(pointer.at(150, 50)).toBeNull();
  });

  it('picks nothing while the view moves', () => {
    const { pointer, state } = setup(positions);
    state.moving = true;
    expect(pointer.at(100, 0)).toBeNull();
  });

  it('marks the actor under the pointer once a frame, however many moves come in between', () => {
    const { pointer, frames, nodes, svg } = setup(positions);
    pointer.move(300, 300);
    pointer.move(150, 50);
    pointer.move(101, 1);
    expect(frames.pending).toBe(1);
    frames.tick();
    expect(nodes.get('a')!.hasAttribute('data-hover')).toBe(true);
    expect(svg.hasAttribute('data-pointing')).toBe(true);
    pointer.move(199, 99);
    frames.tick();
    expect(nodes.get('a')!.hasAttribute('data-hover')).toBe(false);
    expect(nodes.get('b')!.hasAttribute('data-hover')).toBe(true);
    pointer.leave();
    frames.tick();
    expect(nodes.get('b')!.hasAttribute('data-hover')).toBe(false);
    expect(svg.hasAttribute('data-pointing')).toBe(false);
  });

  it('a click on the SVG itself picks the actor under it and gives its button the focus; one on a control does not', () => {
    const { pointer, pick, nodes, svg } = setup(positions);
    pointer.click({ clientX: 200, clientY: 100, target: svg, currentTarget: svg });
    expect(pick).toHaveBeenCalledWith('b');
    expect(document.activeElement).toBe(nodes.get('b'));
    pointer.click({ clientX: 100, clientY: 0, target: nodes.get('a')!, currentTarget: svg });
    expect(pick).toHaveBeenCalledTimes(1);
  });

  it('picks again where the pointer rests when the actors move under it, and not while the view moves', () => {
    const layout = new Map(positions);
    const { pointer, frames, nodes, state } = setup(layout);
    pointer.move(100, 0);
    frames.tick();
    expect(nodes.get('a')!.hasAttribute('data-hover')).toBe(true);
    // A streamed layout moves its actors in place and counts the update: b comes under the pointer.
    layout.set('a', { x: 100, y: 100 });
    layout.set('b', { x: 0, y: 0 });
    state.updates += 1;
    pointer.repick();
    frames.tick();
    expect(nodes.get('a')!.hasAttribute('data-hover')).toBe(false);
    expect(nodes.get('b')!.hasAttribute('data-hover')).toBe(true);
    state.moving = true;
    pointer.repick();
    frames.tick();
    expect(nodes.get('b')!.hasAttribute('data-hover')).toBe(false);
  });

  it('destroy cancels a waiting frame', () => {
    const { pointer, frames } = setup(positions);
    pointer.move(100, 0);
    pointer.destroy();
    expect(frames.pending).toBe(0);
  });
});
