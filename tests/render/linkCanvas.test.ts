// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/layout/geometry';
import type { Relation, RelationType } from '../../src/model/schema';
import { batchLinks, drawLinks, HAIRLINES_FROM, offScreen, readLinkStyles, type LinkScene, type LinkStyle } from '../../src/render/linkCanvas';

const rel = (id: string, source: string, target: string, type: RelationType = 'supports', directed = false): Relation => ({
  id,
  source,
  target,
  type,
  directed,
  label: 'ties to',
  basis: 'stated',
  ref: 'news#talks',
});

/** A canvas whose 2D context records what is drawn. */
function recordingCanvas() {
  const calls: string[] = [];
  const state = { lineWidth: 0, lineDash: [] as number[], strokes: [] as { width: number; dash: number[]; segments: number }[] };
  let segments = 0;
  const ctx = {
    setTransform: () => {},
    clearRect: () => calls.push('clear'),
    beginPath: () => {
      segments = 0;
    },
    moveTo: () => {
      segments += 1;
    },
    lineTo: () => {},
    quadraticCurveTo: () => calls.push('curve'),
    closePath: () => {},
    stroke: () => state.strokes.push({ width: state.lineWidth, dash: state.lineDash, segments }),
    fill: () => calls.push(`fill ${segments}`),
    setLineDash: (d: number[]) => {
      state.lineDash = d;
    },
    set lineWidth(v: number) {
      state.lineWidth = v;
    },
    get lineWidth() {
      return state.lineWidth;
    },
    lineCap: 'butt',
    globalAlpha: 1,
    strokeStyle: '',
    fillStyle: '',
  };
  const canvas = { width: 0, height: 0, getContext: () => ctx } as unknown as HTMLCanvasElement;
  return { canvas, calls, state };
}

const STYLE: LinkStyle = { stroke: '#333', width: 3, dash: [12, 7], alpha: 1 };

function scene(relations: Relation[], positions: Map<string, Point>, detailed: boolean): LinkScene {
  return {
    batches: batchLinks(relations),
    positions,
    transform: { k: 1, x: 0, y: 0 },
    bends: new Map(),
    gap: 10,
    arrowGap: 14,
    style: () => STYLE,
    detailed,
  };
}

describe('batching links by type', () => {
  it('groups links of one type together, in the order the types first appear', () => {
    const links = [rel('a', 'x', 'y', 'supports'), rel('b', 'x', 'z', 'opposes'), rel('c', 'y', 'z', 'supports'), rel('d', 'z', 'w', 'strains')];
    expect(batchLinks(links).map((b) => [b.type, b.relations.map((r) => r.id)])).toEqual([
      ['supports', ['a', 'c']],
      ['opposes', ['b']],
      ['strains', ['d']],
    ]);
  });
});

describe('culling', () => {
  it('skips a link only when it and its margin miss the screen entirely', () => {
    expect(offScreen({ x: -50, y: 10 }, { x: -5, y: 20 }, 100, 100)).toBe(true);
    expect(offScreen({ x: -50, y: 10 }, { x: -5, y: 20 }, 100, 100, 10)).toBe(false);
    // Both ends off screen, on opposite sides: the line crosses it.
    expect(offScreen({ x: -50, y: 50 }, { x: 150, y: 50 }, 100, 100)).toBe(false);
    expect(offScreen({ x: 10, y: 120 }, { x: 90, y: 101 }, 100, 100)).toBe(true);
  });
});

describe('drawing links on a canvas', () => {
  const ring = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`n${i}`, { x: 50 + 40 * Math.cos(i), y: 50 + 40 * Math.sin(i) }]));

  it('draws many links seen from afar as hairlines in one stroke, without dashes', () => {
    const n = HAIRLINES_FROM + 50;
    const positions = ring(n + 1);
    positions.set('far', { x: 5000, y: 5000 });
    const links = Array.from({ length: n }, (_, i) => rel(`r${i}`, `n${i}`, `n${i + 1}`, 'negotiates'));
    links.push(rel('off', 'far', 'far2'), rel('offscreen', 'far', 'far'));
    positions.set('far2', { x: 6000, y: 5000 });
    const { canvas, state } = recordingCanvas();
    drawLinks(canvas, 100, 100, scene(links, positions, false));
    // One hairline stroke for the many; the two links far off screen are not drawn at all.
    expect(state.strokes).toEqual([{ width: 1, dash: [], segments: n }]);
  });

  it('strokes links one by one up close, full width, dashed, with arrowheads on directed ones', () => {
    const positions = new Map([
      ['a', { x: 10, y: 10 }],
      ['b', { x: 90, y: 10 }],
      ['c', { x: 90, y: 90 }],
    ]);
    const links = [rel('ab', 'a', 'b', 'negotiates', true), rel('bc', 'b', 'c', 'negotiates')];
    const { canvas, calls, state } = recordingCanvas();
    drawLinks(canvas, 100, 100, scene(links, positions, true));
    expect(state.strokes).toEqual([
      { width: 3, dash: [12, 7], segments: 1 },
      { width: 3, dash: [12, 7], segments: 1 },
    ]);
    expect(calls).toContain('fill 1');

    const far = recordingCanvas();
    drawLinks(far.canvas, 100, 100, scene(links, positions, false));
    // A few links stay full width from afar; no dashes, no arrowheads.
    expect(far.state.strokes).toEqual([
      { width: 3, dash: [], segments: 1 },
      { width: 3, dash: [], segments: 1 },
    ]);
    expect(far.calls.filter((c) => c.startsWith('fill'))).toEqual([]);
  });

  it('sizes the canvas to the device pixels it covers', () => {
    const ratio = window.devicePixelRatio;
    try {
      const { canvas } = recordingCanvas();
      // A 2x screen: 320 × 200 CSS pixels cover 640 × 400 device pixels.
      window.devicePixelRatio = 2;
      drawLinks(canvas, 320, 200, scene([], new Map(), false));
      expect([canvas.width, canvas.height]).toEqual([640, 400]);
      // A 1.5x screen: 321 × 201 CSS pixels cover 481.5 × 301.5, rounded to whole pixels.
      window.devicePixelRatio = 1.5;
      drawLinks(canvas, 321, 201, scene([], new Map(), false));
      expect([canvas.width, canvas.height]).toEqual([482, 302]);
    } finally {
      window.devicePixelRatio = ratio;
    }
  });
});

describe('reading the look of links from the CSS', () => {
  it('reads every sample once, and answers from what it read', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const sample = (key: string, style: string) => {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('data-sample', key);
      path.setAttribute('style', style);
      svg.append(path);
    };
    sample('opposes', 'stroke: rgb(200, 0, 0); stroke-width: 4.5px; stroke-dasharray: 1 8; opacity: 1');
    sample('supports', 'stroke: rgb(90, 90, 90); stroke-width: 4px; stroke-dasharray: none; opacity: 0.5');
    document.body.append(svg);
    const style = readLinkStyles(svg);
    // Changing the page afterwards changes nothing: it was read at once.
    svg.querySelector('[data-sample="opposes"]')?.setAttribute('style', 'stroke: blue');
    expect(style('opposes')).toEqual({ stroke: 'rgb(200, 0, 0)', width: 4.5, dash: [1, 8], alpha: 1 });
    expect(style('supports')).toEqual({ stroke: 'rgb(90, 90, 90)', width: 4, dash: [], alpha: 0.5 });
    // A kind with no sample falls back to a plain grey line.
    expect(style('strains').width).toBe(2);
    svg.remove();
  });
});
