/**
 * A picture (picture.ts) painted on a canvas, for PNG export. Painting is cut into slices
 * with a pause between them, so a picture of thousands of actors never holds the page for
 * long; the encoding (toBlob) runs off the main thread.
 */
import { nextTask, SLICE, type Pause } from './pause';
import type { Mark, Picture } from './picture';


function paint(ctx: CanvasRenderingContext2D, m: Mark, font: string): void {
  ctx.globalAlpha = m.type === 'path' ? (m.opacity ?? 1) : 1;
  if (m.type === 'path') {
    const path = new Path2D(m.d);
    ctx.save();
    if (m.at) ctx.translate(m.at.x, m.at.y);
    if (m.fill) {
      ctx.fillStyle = m.fill;
      ctx.fill(path);
    }
    if (m.stroke) {
      ctx.strokeStyle = m.stroke;
      ctx.lineWidth = m.width ?? 1;
      ctx.setLineDash(m.dash ?? []);
      ctx.lineCap = m.fill ? 'butt' : 'round';
      ctx.stroke(path);
    }
    ctx.restore();
    return;
  }
  ctx.font = `${m.italic ? 'italic ' : ''}${m.bold ? 700 : 400} ${m.size}px ${font}`;
  ctx.textAlign = m.anchor === 'middle' ? 'center' : 'left';
  ctx.textBaseline = 'alphabetic';
  if (m.halo) {
    ctx.strokeStyle = m.halo;
    ctx.lineWidth = 5;
    ctx.lineJoin = 'round';
    ctx.setLineDash([]);
    ctx.strokeText(m.text, m.x, m.y);
  }
  ctx.fillStyle = m.fill;
  ctx.fillText(m.text, m.x, m.y);
}

/** The pixel size of a PNG of `picture` `pixelWidth` wide (at most 4,000 px). */
export const MAX_PNG_WIDTH = 4000;
export function pngSize(picture: Picture, pixelWidth: number): { width: number; height: number; scale: number } {
  const width = Math.max(1, Math.min(MAX_PNG_WIDTH, Math.round(pixelWidth)));
  const scale = width / picture.width;
  return { width, height: Math.round(picture.height * scale), scale };
}

/** Paints the picture `pixelWidth` pixels wide and encodes it as PNG. */
export async function pictureToPng(picture: Picture, pixelWidth: number, pause: Pause = nextTask): Promise<Blob> {
  const { width, height, scale } = pngSize(picture, pixelWidth);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the picture (no 2D canvas).');
  ctx.scale(scale, scale);
  ctx.fillStyle = picture.background;
  ctx.fillRect(0, 0, picture.width, picture.height);
  const marks = [...picture.links, ...picture.actors.flatMap((a) => a.marks), ...picture.frame];
  for (let i = 0; i < marks.length; i += SLICE) {
    for (const m of marks.slice(i, i + SLICE)) paint(ctx, m, picture.font);
    await pause();
  }
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded as PNG.'))), 'image/png'));
}
