/**
 * A picture of the view on screen, for export: the network as the page shows it (the same
 * positions, emphasis and words under the actors), with a title, a key and a source line.
 * Pure: numbers and resolved colours in, a list of marks out, which svg.ts writes as SVG
 * and canvas.ts paints for a PNG. No DOM, no CSS variables.
 */
import { apply, fitTransform, linkEnds, type Point } from '../layout/geometry';
import { glyphPath } from '../layout/glyphs';
import { NEIGHBOUR_DISTANCE } from '../layout/lod';
import { seenWord } from '../model/nodeName';
import type { ActorKind, Attitude, RelationType, Scenario } from '../model/schema';
import { KIND_LABEL, RELATION_LABEL, legendEntries } from '../model/vocabulary';
import { walkSteps } from '../model/story';
import { seenByOf, shownEmphasis, type Shown } from '../network/emphasis';
import { nextTask, SLICE, type Pause } from './pause';

/** The theme's colours, resolved to plain CSS colours (see palette.ts). */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  line: string;
  lineStrong: string;
  opposes: string;
  kind: Record<ActorKind, string>;
  attitude: Record<Attitude | 'silent', string>;
  font: string;
}

export type Mark =
  | {
      type: 'path';
      d: string;
      /** Where the path's origin is put (glyphs are drawn around 0,0). */
      at?: Point;
      fill?: string;
      stroke?: string;
      width?: number;
      dash?: readonly number[];
      opacity?: number;
    }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold: boolean;
      fill: string;
      anchor: 'start' | 'middle';
      /** A stroke of the background behind the letters, so a name stays legible over lines. */
      halo?: string;
      italic?: boolean;
    };

/** One actor's marks, kept together so the SVG can name the actor. */
export interface ActorMarks {
  id: string;
  name: string;
  marks: Mark[];
}

export interface Picture {
  width: number;
  height: number;
  background: string;
  font: string;
  /** What the picture shows, in words (the SVG's title and description). */
  title: string;
  description: string;
  links: Mark[];
  actors: ActorMarks[];
  /** The title, the key and the source line. */
  frame: Mark[];
}

export interface PictureInput {
  scenario: Scenario;
  /** Where each actor stands in the view, in layout units. */
  positions: ReadonlyMap<string, Point>;
  shown: Shown;
  bends: ReadonlyMap<string, number>;
  palette: Palette;
  /** The line under the title: which view this is. */
  caption: string;
  /** The picture's width and the network's height/width, in CSS pixels. */
  width: number;
  aspect: number;
}

const PAD = 24;
const TITLE = 26;
const CAPTION = 18;
const LABEL = 14;
const KEY = 15;
const FOOT = 13;
/** Up to this many actors every name is written; beyond, only those the view brings forward. */
export const ALL_NAMES_UP_TO = 150;

/** Roughly how wide a line of text is (for wrapping and the key's spacing); no fonts are measured. */
const textWidth = (text: string, size: number) => text.length * size * 0.56;

/** Cuts a line to fit a width, ending it with an ellipsis. */
function fit(text: string, size: number, width: number): string {
  const max = Math.max(4, Math.floor(width / (size * 0.56)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}\u2026`;
}

function linkStyle(type: RelationType, emphasis: 'focus' | 'context' | 'normal', p: Palette) {
  const dash: Record<RelationType, readonly number[]> = { represents: [], negotiates: [12, 7], supports: [], opposes: [1, 8], strains: [14, 5, 3, 5] };
  const base = type === 'supports' ? 4 : type === 'opposes' ? 3.5 : 2.5;
  const stroke = type === 'opposes' ? p.opposes : emphasis === 'focus' ? p.lineStrong : p.line;
  return { stroke, width: emphasis === 'focus' ? 4.5 : base, dash: dash[type], opacity: emphasis === 'context' ? 0.22 : undefined };
}

function arrowHead(tip: Point, from: Point, size: number): string {
  const a = Math.atan2(tip.y - from.y, tip.x - from.x);
  const back = (da: number) => `${(tip.x - Math.cos(a + da) * size).toFixed(1)},${(tip.y - Math.sin(a + da) * size).toFixed(1)}`;
  return `M${tip.x.toFixed(1)},${tip.y.toFixed(1)}L${back(0.45)}L${back(-0.45)}Z`;
}

/** The source line: where the scenario's facts come from. */
export function sourceLine(scenario: Scenario): string {
  const [first, ...rest] = scenario.sources;
  if (!first) return 'Made with Standpoint';
  const by = first.publisher ? `${first.publisher}, ` : '';
  const more = rest.length ? ` and ${rest.length} more` : '';
  return `Source: ${by}\u201c${first.title}\u201d${first.url ? ` ${first.url}` : ''}${more} \u00b7 Made with Standpoint`;
}

/** The key: the shapes, lines and arrow the scenario uses, laid out in rows from `top`. */
function keyMarks(scenario: Scenario, p: Palette, width: number, top: number): { marks: Mark[]; bottom: number } {
  const { kinds, types, anyDirected } = legendEntries(scenario);
  const entries: { draw: (x: number, y: number) => Mark[]; size: number; label: string }[] = [
    ...kinds.map((k) => ({ label: KIND_LABEL[k], size: 18, draw: (x: number, y: number): Mark[] => [{ type: 'path', d: glyphPath(k, 8), at: { x: x + 9, y }, fill: p.kind[k] }] })),
    ...types.map((t) => {
      const s = linkStyle(t, 'normal', p);
      return { label: RELATION_LABEL[t], size: 40, draw: (x: number, y: number): Mark[] => [{ type: 'path', d: `M${x + 2},${y}H${x + 38}`, stroke: s.stroke, width: s.width, dash: s.dash }] };
    }),
    ...(anyDirected
      ? [{ label: 'One way', size: 40, draw: (x: number, y: number): Mark[] => [{ type: 'path', d: `M${x + 2},${y}H${x + 30}`, stroke: p.line, width: 2.5 }, { type: 'path', d: arrowHead({ x: x + 38, y }, { x, y }, 11), fill: p.line }] }]
      : []),
  ];
  const marks: Mark[] = [];
  let x = PAD;
  let y = top + KEY;
  for (const e of entries) {
    const w = e.size + 8 + textWidth(e.label, KEY) + 24;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += KEY + 14;
    }
    marks.push(...e.draw(x, y - KEY * 0.35), { type: 'text', x: x + e.size + 8, y, text: e.label, size: KEY, bold: false, fill: p.fg, anchor: 'start' });
    x += w;
  }
  return { marks, bottom: entries.length ? y + 10 : top };
}

/**
 * The picture of a view. Actors are fitted into the network's area; glyphs shrink when many
 * actors stand close, and in a big network only the actors the view brings forward are named.
 */
export function buildPicture(input: PictureInput): Picture {
  const steps = pictureSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The same, built in slices with a pause between them (see pause.ts). */
export async function buildPictureInSlices(input: PictureInput, pause: Pause = nextTask): Promise<Picture> {
  const steps = pictureSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** Builds the picture, yielding after each slice of links and actors. */
function* pictureSteps({ scenario, positions, shown, bends, palette: p, caption, width, aspect }: PictureInput): Generator<void, Picture> {
  const frame: Mark[] = [
    { type: 'text', x: PAD, y: PAD + TITLE * 0.8, text: fit(scenario.title, TITLE, width - 2 * PAD), size: TITLE, bold: true, fill: p.fg, anchor: 'start' },
    { type: 'text', x: PAD, y: PAD + TITLE + 10 + CAPTION * 0.8, text: fit(caption, CAPTION, width - 2 * PAD), size: CAPTION, bold: false, fill: p.muted, anchor: 'start' },
  ];
  const netTop = PAD + TITLE + 10 + CAPTION + 16;
  const netHeight = Math.round((width - 2 * PAD) * Math.min(1.4, Math.max(0.45, aspect)));
  const n = scenario.actors.length;
  const named = n <= ALL_NAMES_UP_TO;

  // Fit the layout; a crowded network's glyphs shrink so neighbours do not cover each other.
  const area = { width: width - 2 * PAD, height: netHeight };
  const longest = named ? scenario.actors.reduce((m, a) => Math.max(m, a.label.length), 0) : 12;
  const side = Math.min(150, Math.max(30, (longest * LABEL * 0.58) / 2 + 6));
  const t = fitTransform(positions.values(), area, { top: 30, bottom: 64, left: side, right: side }, 2);
  const r = Math.max(2.5, Math.min(16, t.k * NEIGHBOUR_DISTANCE * 0.16));
  const gap = r + 5;
  const at = new Map<string, Point>();
  for (const [id, q] of positions) {
    const s = apply(t, q);
    at.set(id, { x: s.x + PAD, y: s.y + netTop });
  }

  const links: Mark[] = [];
  let done = 0;
  for (const rel of scenario.relations) {
    if (++done % SLICE === 0) yield;
    const a = at.get(rel.source);
    const b = at.get(rel.target);
    if (!a || !b) continue;
    const ends = linkEnds(a, b, gap, rel.directed ? gap + 2 : gap, (bends.get(rel.id) ?? 0) * Math.min(1, r / 16));
    if (!ends) continue;
    const emphasis = shown.emphasis.link(rel);
    const s = linkStyle(rel.type, emphasis, p);
    const { start: s0, control: c, end: e } = ends;
    const f = (v: number) => v.toFixed(1);
    const d = c ? `M${f(s0.x)},${f(s0.y)}Q${f(c.x)},${f(c.y)} ${f(e.x)},${f(e.y)}` : `M${f(s0.x)},${f(s0.y)}L${f(e.x)},${f(e.y)}`;
    links.push({ type: 'path', d, stroke: s.stroke, width: n > ALL_NAMES_UP_TO ? Math.min(s.width, 1.5) : s.width, dash: n > ALL_NAMES_UP_TO ? [] : s.dash, opacity: s.opacity });
    if (rel.directed) links.push({ type: 'path', d: arrowHead(e, c ?? s0, Math.max(5, r * 0.75)), fill: emphasis === 'focus' ? p.lineStrong : p.line, opacity: s.opacity });
  }

  const veiled = shown.layered && shown.spotlit;
  const actors: ActorMarks[] = [];
  // The plain crowd first, then those brought forward, and the focus last, on top.
  const RANK = { context: 0, muted: 0, seen: 1, focus: 2 } as const;
  const rank = new Map(scenario.actors.map((a) => [a.id, RANK[shownEmphasis(shown, a.id)]]));
  const order = [...scenario.actors].sort((x, y) => (rank.get(x.id) ?? 0) - (rank.get(y.id) ?? 0));
  for (const actor of order) {
    if (++done % SLICE === 0) yield;
    const c = at.get(actor.id);
    if (!c) continue;
    const emphasis = shownEmphasis(shown, actor.id);
    const dim = emphasis === 'muted' || (veiled && emphasis === 'context') ? 0.3 : undefined;
    const marks: Mark[] = [];
    if (emphasis === 'focus') marks.push({ type: 'path', d: glyphPath(actor.kind, r + 6), at: c, stroke: p.fg, width: 4 });
    marks.push({ type: 'path', d: glyphPath(actor.kind, r), at: c, fill: p.kind[actor.kind], stroke: p.bg, width: r > 6 ? 2.5 : 1, opacity: dim });
    const seen = seenByOf(shown, actor.id);
    if (named || emphasis === 'focus' || seen?.attitude) {
      const size = emphasis === 'focus' ? LABEL + 2 : LABEL;
      marks.push({ type: 'text', x: c.x, y: c.y + r + size + 4, text: actor.label, size, bold: emphasis !== 'muted', fill: emphasis === 'muted' ? p.muted : p.fg, anchor: 'middle', halo: p.bg });
      if (seen) {
        const word = seenWord(seen);
        const colour = p.attitude[seen.hidden || !seen.attitude ? 'silent' : seen.attitude];
        marks.push({ type: 'text', x: c.x, y: c.y + r + 2 * LABEL + 12, text: seen.attitude && !seen.hidden ? word.toUpperCase() : word, size: LABEL - 1, bold: true, fill: colour, anchor: 'middle', halo: p.bg, italic: !seen.attitude && !seen.hidden });
      }
    }
    actors.push({ id: actor.id, name: actor.name, marks });
  }

  const key = keyMarks(scenario, p, width, netTop + netHeight + 8);
  frame.push(...key.marks);
  const footY = key.bottom + 14 + FOOT;
  frame.push({ type: 'text', x: PAD, y: footY, text: fit(sourceLine(scenario), FOOT, width - 2 * PAD), size: FOOT, bold: false, fill: p.muted, anchor: 'start' });
  return {
    width,
    height: Math.ceil(footY + PAD),
    background: p.bg,
    font: p.font,
    title: `${scenario.title}: ${caption}`,
    description: `A network of ${n} ${n === 1 ? 'actor' : 'actors'}. ${sourceLine(scenario)}`,
    links,
    actors,
    frame,
  };
}

/** The line under the picture's title: which view it shows. */
export function viewCaption(scenario: Scenario, view: { actor?: string; compare?: string; step: number | null; hidden: boolean }): string {
  const name = (id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;
  if (view.step !== null) {
    const steps = walkSteps(scenario);
    const step = steps[view.step];
    if (step) return `Step ${view.step + 1} of ${steps.length}: ${step.title}`;
  }
  if (view.actor && view.compare) return `${name(view.actor)} and ${name(view.compare)}, side by side`;
  if (view.actor) return `Seen from ${name(view.actor)}\u2019s side${view.hidden ? ' (not revealed yet)' : ''}`;
  return `Everyone involved \u00b7 ${scenario.date}`;
}
