// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parallelBends, type Point } from '../../src/layout/geometry';
import { indexScenario } from '../../src/model/lookup';
import { NetworkController } from '../../src/network/controller';
import type { ViewRequest } from '../../src/network/types';
import { ManualFrames } from '../fixtures/frames';
import { miniScenario } from '../fixtures/mini';
import { loadBigParts } from '../../src/network/bigLoader';

const SVG = 'http://www.w3.org/2000/svg';
const scenario = miniScenario();
const size = { width: 600, height: 400 };
const margin = { top: 50, bottom: 50, left: 50, right: 50 };

function setup({ layered = false } = {}) {
  const stage = document.createElement('div');
  const svg = document.createElementNS(SVG, 'svg');
  stage.append(svg);
  document.body.append(stage);
  const frames = new ManualFrames();
  const stopped = vi.fn();
  const onMotion = vi.fn(() => stopped);
  const controller = new NetworkController({ nodeRadius: 20, onMotion, frames });
  controller.attach(stage, svg);
  const nodes = new Map<string, SVGGElement>();
  for (const a of scenario.actors) {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('tabindex', '-1');
    svg.append(g);
    nodes.set(a.id, g);
    controller.register('node', a.id, g);
  }
  const link = document.createElementNS(SVG, 'path');
  svg.append(link);
  controller.register('link', 'ana-bo', link);
  const layout = new Map<string, Point>([
    ['ana', { x: 0, y: 0 }],
    ['bo', { x: 100, y: 0 }],
    ['the-council', { x: 50, y: 100 }],
  ]);
  controller.setScenario({ index: indexScenario(scenario), bends: parallelBends(scenario.relations), layered, layout, relations: scenario.relations });
  controller.setSize(size);
  const view = (v: Partial<ViewRequest> = {}): ViewRequest => ({ size, margin, overview: layout, version: 0, focusId: null, inView: [], reduceMotion: false, ...v });
  return { stage, svg, nodes, link, layout, frames, onMotion, stopped, controller, view };
}

const at = (el: Element) => el.getAttribute('transform');

afterEach(() => {
  document.body.replaceChildren();
});

describe('NetworkController', () => {
  // A big network's picking and canvas load on demand; here they are loaded first.
  beforeAll(() => loadBigParts());

  it('draws the first picture at once, fitted to everyone', () => {
    const { controller, nodes, link, layout, view } = setup();
    controller.setTarget(layout, 550);
    // Before the view is fitted, the actors stand at their layout places.
    expect(at(nodes.get('bo')!)).toBe('translate(100.0,0.0)');
    controller.setView(view());
    // Inner box 500 x 300 about (300, 200); the actors span 100 x 100 about (50, 50):
    // k = min(1.6, 500 / 100, 300 / 100) = 1.6, x = 300 - 50 * 1.6 = 220, y = 200 - 50 * 1.6 = 120.
    expect(controller.transform()).toEqual({ k: 1.6, x: 220, y: 120 });
    expect(at(nodes.get('ana')!)).toBe('translate(220.0,120.0)');
    expect(at(nodes.get('bo')!)).toBe('translate(380.0,120.0)');
    expect(at(nodes.get('the-council')!)).toBe('translate(300.0,280.0)');
    // The link runs from Ana to Bo, stopping short of each (radius 20 + 6).
    expect(link.getAttribute('d')).toMatch(/^M246(\.0+)?,120/);
  });

  it('leaves the actors where they are drawn when nothing moved (a selection restyles, it does not redraw)', () => {
    const { controller, nodes, layout, view } = setup();
    controller.setTarget(layout, 0);
    controller.setView(view());
    nodes.get('ana')!.setAttribute('transform', 'untouched');
    controller.draw();
    expect(at(nodes.get('ana')!)).toBe('untouched');
  });

  it('places only the actors just mounted when that is all that changed, and every actor again when the view moves', () => {
    const { controller, svg, nodes, layout, view } = setup();
    controller.setTarget(layout, 0);
    controller.setView(view());
    nodes.get('ana')!.setAttribute('transform', 'untouched');
    // One more actor mounts (a big network mounts a chunk a frame): it alone is placed.
    const late = document.createElementNS(SVG, 'g');
    svg.append(late);
    layout.set('late', { x: 100, y: 100 });
    controller.register('node', 'late', late);
    controller.draw();
    expect(at(nodes.get('ana')!)).toBe('untouched');
    expect(at(late)).toBe('translate(380.0,280.0)');
    // A new view places everyone.
    controller.setView(view({ focusId: 'ana', inView: layout.values(), reduceMotion: true }));
    expect(at(nodes.get('ana')!)).toMatch(/^translate\(/);
  });

  it('centres a selected actor, as close as those around them allow', () => {
    const { controller, nodes, layout, view } = setup();
    controller.setTarget(layout, 0);
    controller.setView(view());
    controller.setView(view({ focusId: 'ana', inView: layout.values(), reduceMotion: true }));
    // Half the inner box is 250 x 150; Bo is 100 across, the Council 100 down: k = min(1.6, 2.5, 1.5).
    expect(controller.transform()).toEqual({ k: 1.5, x: 300, y: 200 });
    expect(at(nodes.get('ana')!)).toBe('translate(300.0,200.0)');
  });

  it('moves the actors to a new picture over the frames it is given, and says when they start and stop', () => {
    const { controller, nodes, layout, frames, onMotion, stopped, view } = setup();
    controller.setTarget(layout, 0);
    controller.setView(view({ reduceMotion: true }));
    const next = new Map([...layout].map(([id, p]) => [id, { x: p.x, y: p.y + 50 }]));
    controller.setTarget(next, 500);
    expect(onMotion).toHaveBeenCalledTimes(1);
    frames.tick(250);
    // Half way (eased): Ana from y 0 to 50 is at 25, drawn at 120 + 25 * 1.6 = 160.
    expect(at(nodes.get('ana')!)).toBe('translate(220.0,160.0)');
    frames.tick(250);
    expect(at(nodes.get('ana')!)).toBe('translate(220.0,200.0)');
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('keeps a settling big network fitted, until the user moves the view', () => {
    const { controller, layout, view } = setup({ layered: true });
    controller.setTarget(layout, 0);
    controller.setView(view());
    // The worker moves Bo in place: the actors now span 200 x 100 about (100, 50).
    layout.set('bo', { x: 200, y: 0 });
    controller.layoutUpdated();
    // k = min(1.6, 500 / 200, 300 / 100) = 1.6; x = 300 - 100 * 1.6 = 140.
    expect(controller.transform()).toEqual({ k: 1.6, x: 140, y: 120 });
    controller.zoomBy(2, 0);
    const mine = controller.transform();
    layout.set('bo', { x: 400, y: 0 });
    controller.layoutUpdated();
    expect(controller.transform()).toEqual(mine);
    // When the layout comes to rest, the user's view stands too.
    controller.setView(view({ version: 1 }));
    expect(controller.transform()).toEqual(mine);
  });

  it('brings an actor reached by keyboard into view, and fits everyone on request', () => {
    const { controller, nodes, layout, view } = setup();
    controller.setTarget(layout, 0);
    controller.setView(view());
    controller.zoomBy(4, 0);
    // About the stage's middle (0 wide here): k = 6.4, x = 220 * 4 = 880; Bo is drawn at
    // 100 * 6.4 + 880 = 1520, far right of the margin at 550; the nudge brings him just inside.
    controller.focusOn('bo', 0);
    const t = controller.transform();
    const x = 100 * t.k + t.x;
    expect(x).toBe(size.width - margin.right);
    controller.fit(0);
    expect(controller.transform()).toEqual({ k: 1.6, x: 220, y: 120 });
    expect(at(nodes.get('bo')!)).toBe('translate(380.0,120.0)');
  });

  it('picks an actor clicked on a big network and tells its listeners, until they unsubscribe', () => {
    const { controller, svg, layout, view } = setup({ layered: true });
    controller.setTarget(layout, 0);
    controller.setView(view());
    const picked = vi.fn();
    const off = controller.on('select', picked);
    // Bo is drawn at (380, 120); happy-dom puts the SVG at the page's corner.
    controller.pointerHandlers.onClick({ clientX: 382, clientY: 118, target: svg, currentTarget: svg });
    expect(picked).toHaveBeenCalledWith('bo');
    off();
    controller.pointerHandlers.onClick({ clientX: 382, clientY: 118, target: svg, currentTarget: svg });
    expect(picked).toHaveBeenCalledTimes(1);
  });

  it('a small network leaves clicks to its node buttons', () => {
    const { controller, svg, layout, view } = setup();
    controller.setTarget(layout, 0);
    controller.setView(view());
    const picked = vi.fn();
    controller.on('select', picked);
    controller.pointerHandlers.onClick({ clientX: 382, clientY: 118, target: svg, currentTarget: svg });
    expect(picked).not.toHaveBeenCalled();
  });

  it('once destroyed, neither moves the view nor picks', () => {
    const { controller, layout, view, svg } = setup({ layered: true });
    controller.setTarget(layout, 0);
    controller.setView(view());
    const picked = vi.fn();
    controller.on('select', picked);
    const before = controller.transform();
    controller.destroy();
    controller.setView(view({ focusId: 'ana', inView: layout.values(), reduceMotion: true }));
    expect(controller.transform()).toEqual(before);
    controller.pointerHandlers.onClick({ clientX: 382, clientY: 118, target: svg, currentTarget: svg });
    expect(picked).not.toHaveBeenCalled();
  });
});
