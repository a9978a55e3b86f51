/**
 * A picture (picture.ts) as a standalone SVG file: vectors only, every colour written out,
 * text escaped, so it opens in any editor or slide program and prints sharp.
 */
import { nextTask, SLICE, type Pause } from './pause';
import type { Mark, Picture } from './picture';

/** Characters XML does not allow at all are dropped; the five special ones are escaped. */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const num = (v: number) => String(Math.round(v * 10) / 10);

function attrs(list: Record<string, string | number | undefined>): string {
  return Object.entries(list)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xmlText(typeof v === 'number' ? num(v) : v)}"`)
    .join('');
}

function markSvg(m: Mark): string {
  if (m.type === 'path') {
    return `<path${attrs({
      d: m.d,
      transform: m.at ? `translate(${num(m.at.x)},${num(m.at.y)})` : undefined,
      fill: m.fill ?? 'none',
      stroke: m.stroke,
      'stroke-width': m.stroke ? m.width : undefined,
      'stroke-dasharray': m.dash?.length ? m.dash.join(' ') : undefined,
      'stroke-linecap': m.stroke && !m.fill ? 'round' : undefined,
      opacity: m.opacity,
    })}/>`;
  }
  return `<text${attrs({
    x: m.x,
    y: m.y,
    'font-size': m.size,
    'font-weight': m.bold ? 700 : undefined,
    'font-style': m.italic ? 'italic' : undefined,
    'text-anchor': m.anchor === 'middle' ? 'middle' : undefined,
    fill: m.fill,
    stroke: m.halo,
    'stroke-width': m.halo ? 5 : undefined,
    'stroke-linejoin': m.halo ? 'round' : undefined,
    'paint-order': m.halo ? 'stroke' : undefined,
  })}>${xmlText(m.text)}</text>`;
}

/** The lines of the SVG document for a picture, one element each. */
function* svgLines(p: Picture): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: p.width, height: p.height, viewBox: `0 0 ${p.width} ${p.height}`, role: 'img', 'aria-labelledby': 'title desc', 'font-family': p.font })}>`;
  yield `<title id="title">${xmlText(p.title)}</title>`;
  yield `<desc id="desc">${xmlText(p.description)}</desc>`;
  yield `<rect width="100%" height="100%"${attrs({ fill: p.background })}/>`;
  yield '<g class="links">';
  for (const m of p.links) yield markSvg(m);
  yield '</g>';
  yield '<g class="actors">';
  for (const a of p.actors) yield `<g${attrs({ 'data-actor': a.id })}><title>${xmlText(a.name)}</title>${a.marks.map(markSvg).join('')}</g>`;
  yield '</g>';
  for (const m of p.frame) yield markSvg(m);
  yield '</svg>';
}

/** The SVG document for a picture. */
export function pictureToSvg(p: Picture): string {
  return [...svgLines(p)].join('\n');
}

/** The same, written in slices with a pause between them, so a picture of thousands of actors never holds the page for long. */
export async function pictureToSvgInSlices(p: Picture, pause: Pause = nextTask): Promise<string> {
  const out: string[] = [];
  for (const line of svgLines(p)) {
    out.push(line);
    if (out.length % SLICE === 0) await pause();
  }
  return out.join('\n');
}
