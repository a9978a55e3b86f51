import { describe, expect, it } from 'vitest';
import { buildPicture, sourceLine, viewCaption, type Palette, type PictureInput } from '../../src/export/picture';
import { pictureToSvg, pictureToSvgInSlices, xmlText } from '../../src/export/svg';
import { pngSize } from '../../src/export/canvas';
import { networkEmphasis, perceptionsOf } from '../../src/model/perspective';
import { indexScenario } from '../../src/model/lookup';
import { parallelBends } from '../../src/layout/geometry';
import type { Shown } from '../../src/network/emphasis';
import type { Scenario } from '../../src/model/schema';
import { miniScenario } from '../fixtures/mini';

const PALETTE: Palette = {
  bg: 'rgb(255, 255, 255)',
  fg: 'rgb(20, 20, 20)',
  muted: 'rgb(71, 71, 71)',
  line: 'rgb(90, 90, 90)',
  lineStrong: 'rgb(31, 31, 31)',
  opposes: 'rgb(179, 38, 30)',
  kind: { person: 'rgb(0, 101, 163)', government: 'rgb(184, 69, 0)', bloc: 'rgb(0, 115, 90)' },
  attitude: { ally: '#1', partner: '#2', courting: '#3', wary: 'rgb(127, 78, 0)', rival: '#5', adversary: '#6', silent: 'rgb(71, 71, 71)' },
  font: 'system-ui, sans-serif',
};

const PLACES = new Map([
  ['ana', { x: 0, y: 0 }],
  ['bo', { x: 200, y: 0 }],
  ['the-council', { x: 100, y: 150 }],
]);

function overview(): Shown {
  return { emphasis: networkEmphasis({ kind: 'none' }), layered: false, spotlit: false, focus: undefined, seen: null, hidden: false };
}

function input(scenario: Scenario, shown: Shown = overview()): PictureInput {
  return { scenario, positions: PLACES, shown, bends: parallelBends(scenario.relations), palette: PALETTE, caption: 'Everyone involved', width: 1000, aspect: 0.6 };
}

describe('buildPicture', () => {
  it('draws every actor inside the picture, named, with each relation and the frame', () => {
    const p = buildPicture(input(miniScenario()));
    expect(p.actors.map((a) => a.id).sort()).toEqual(['ana', 'bo', 'the-council']);
    for (const a of p.actors) {
      const glyph = a.marks.find((m) => m.type === 'path' && m.at);
      expect(glyph?.type === 'path' && glyph.at && glyph.at.x > 0 && glyph.at.x < p.width && glyph.at.y > 0 && glyph.at.y < p.height).toBe(true);
      expect(a.marks.some((m) => m.type === 'text')).toBe(true);
    }
    // Two relations, one directed: two lines and one arrowhead.
    expect(p.links).toHaveLength(3);
    const texts = p.frame.flatMap((m) => (m.type === 'text' ? [m.text] : []));
    expect(texts).toContain('A small summit');
    expect(texts).toContain('Everyone involved');
    expect(texts).toContain('Talks with');
    expect(texts.some((t) => t.startsWith('Source: \u201cA news story\u201d'))).toBe(true);
  });

  it('uses only the colours it is given: no CSS variables', () => {
    const svg = pictureToSvg(buildPicture(input(miniScenario())));
    expect(svg).not.toContain('var(');
    expect(svg).toContain('fill="rgb(0, 101, 163)"');
  });

  it('shows an actor\u2019s lens: a ring round the focus and the word under those they see', () => {
    const scenario = miniScenario();
    scenario.actors[0]!.view.sees = [{ actor: 'bo', attitude: 'wary', text: 'Ana is wary of Bo.', basis: 'inferred', ref: 'news#talks' }];
    const index = indexScenario(scenario);
    const shown: Shown = { emphasis: networkEmphasis({ kind: 'lens', actor: 'ana' }), layered: false, spotlit: true, focus: scenario.actors[0], seen: perceptionsOf(index, 'ana'), hidden: false };
    const p = buildPicture(input(scenario, shown));
    const bo = p.actors.find((a) => a.id === 'bo')!;
    expect(bo.marks).toContainEqual(expect.objectContaining({ type: 'text', text: 'WARY', fill: 'rgb(127, 78, 0)' }));
    const council = p.actors.find((a) => a.id === 'the-council')!;
    expect(council.marks).toContainEqual(expect.objectContaining({ type: 'text', text: 'Silent', italic: true }));
    const ana = p.actors.find((a) => a.id === 'ana')!;
    expect(ana.marks[0]).toMatchObject({ type: 'path', stroke: PALETTE.fg, width: 4 });
    // Those brought forward are drawn after the plain context, over it.
    expect(p.actors.at(-1)?.id).toBe('ana');
  });

  it('keeps predict mode\u2019s secret: a question mark, not the attitude', () => {
    const scenario = miniScenario();
    scenario.actors[0]!.view.sees = [{ actor: 'bo', attitude: 'rival', text: 'x', basis: 'inferred', ref: 'news#talks' }];
    const shown: Shown = { emphasis: networkEmphasis({ kind: 'lens', actor: 'ana' }), layered: false, spotlit: true, focus: scenario.actors[0], seen: null, hidden: true };
    const svg = pictureToSvg(buildPicture(input(scenario, shown)));
    expect(svg).not.toContain('RIVAL');
    expect(svg).toContain('>?</text>');
  });

  it('mutes actors outside a comparison', () => {
    const shown: Shown = { emphasis: networkEmphasis({ kind: 'pair', a: 'ana', b: 'bo' }), layered: false, spotlit: true, focus: undefined, seen: null, hidden: false };
    const p = buildPicture(input(miniScenario(), shown));
    const council = p.actors.find((a) => a.id === 'the-council')!;
    expect(council.marks.find((m) => m.type === 'path')).toMatchObject({ opacity: 0.3 });
  });
});

describe('pictureToSvg', () => {
  it('writes hostile names as text', () => {
    const scenario = miniScenario();
    scenario.actors[0]!.label = '</text><script>alert(1)</script>';
    scenario.actors[0]!.name = 'A & "B" \u0001';
    const svg = pictureToSvg(buildPicture(input(scenario)));
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('<title>A &amp; &quot;B&quot; </title>');
  });

  it('escapes the five XML characters and drops those XML forbids', () => {
    expect(xmlText(`<a href='x'>&"\u0000\u0008`)).toBe('&lt;a href=&apos;x&apos;&gt;&amp;&quot;');
  });
});

describe('captions and sizes', () => {
  it('names the view', () => {
    const s = miniScenario();
    expect(viewCaption(s, { step: null, hidden: false })).toBe('Everyone involved \u00b7 1 May');
    expect(viewCaption(s, { actor: 'ana', step: null, hidden: false })).toBe('Seen from Ana Alpha\u2019s side');
    expect(viewCaption(s, { actor: 'ana', compare: 'bo', step: null, hidden: false })).toBe('Ana Alpha and Bo Beta, side by side');
    expect(viewCaption(s, { step: 1, hidden: false })).toBe('Step 2 of 4: Ana Alpha\u2019s view');
  });

  it('says where the facts come from', () => {
    const s = miniScenario();
    s.sources[0]!.publisher = 'The Paper';
    s.sources[0]!.url = 'https://example.org/a';
    expect(sourceLine(s)).toBe('Source: The Paper, \u201cA news story\u201d https://example.org/a \u00b7 Made with Standpoint');
  });

  it('sizes a PNG by its width, up to 4,000 pixels', () => {
    const p = buildPicture(input(miniScenario()));
    expect(pngSize(p, 2000)).toEqual({ width: 2000, height: Math.round(p.height * 2), scale: 2 });
    expect(pngSize(p, 9000).width).toBe(4000);
  });
});

describe('pictureToSvgInSlices', () => {
  it('writes the same document as pictureToSvg, pausing between slices of a big picture', async () => {
    const p = buildPicture(input(miniScenario()));
    const many = { ...p, links: Array.from({ length: 2500 }, () => p.links[0]!) };
    let pauses = 0;
    const sliced = await pictureToSvgInSlices(many, async () => {
      pauses++;
    });
    expect(sliced).toBe(pictureToSvg(many));
    expect(pauses).toBe(2);
  });
});
