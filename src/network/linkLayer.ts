/**
 * The link layer of a big network: every link on one canvas (see render/linkCanvas.ts),
 * drawn only when the links, the size or the look change, or things moved. Framework-free.
 */
import type { Point, Size, Transform } from '../layout/geometry';
import { levelOfDetail } from '../layout/lod';
import type { Relation } from '../model/schema';
import type { LinkBatch, LinkStyleOf } from '../render/linkCanvas';
import { bigParts } from './bigLoader';

export class LinkLayer {
  /** Every link, in its plain look; dimmed as a whole (by CSS) while a selection stands out. */
  canvas: HTMLCanvasElement | null = null;
  /** Hidden SVG paths styled by the app's CSS, from which the canvas takes its look. */
  samples: SVGGElement | null = null;
  private relations: readonly Relation[] = [];
  private batches: readonly LinkBatch[] = [];
  private batched: readonly Relation[] | null = null;
  private bends: ReadonlyMap<string, number> = new Map();
  private size: Size | null = null;
  private theme = '';
  // The look is read from the CSS once per theme: reading computed styles on every draw
  // would make the browser restyle the whole page each time.
  private styles: { theme: string; of: LinkStyleOf } | null = null;
  private drawnFor: { key: string; batches: readonly LinkBatch[] } | null = null;

  /** @param gap where a link stops short of an actor; `arrowGap` for one with an arrowhead */
  constructor(
    private readonly gap: number,
    private readonly arrowGap: number,
  ) {}

  setLinks(relations: readonly Relation[], bends: ReadonlyMap<string, number>): void {
    this.relations = relations;
    this.bends = bends;
  }

  setSize(size: Size | null): void {
    this.size = size;
  }

  /** The colour scheme and mode the CSS styles links for (e.g. "dark present"). */
  setTheme(theme: string): void {
    this.theme = theme;
  }

  /**
   * Draws the links for these positions and this transform, when `moved` (positions or
   * zoom changed) or the size or theme did: a selection changes nothing here (the links it
   * brings forward are drawn in the SVG, over the rest).
   */
  draw(positions: ReadonlyMap<string, Point>, t: Transform, moved: boolean): void {
    const { canvas, samples, size, theme } = this;
    // Until the big network's parts have loaded there is nothing to draw with (see bigLoader.ts).
    const big = bigParts();
    if (!canvas || !samples || !size || !big) return;
    if (this.batched !== this.relations) {
      this.batches = big.batchLinks(this.relations);
      this.batched = this.relations;
    }
    const { batches } = this;
    const key = `${size.width}x${size.height} ${theme}`;
    if (!moved && this.drawnFor?.key === key && this.drawnFor.batches === batches) return;
    this.drawnFor = { key, batches };
    if (this.styles?.theme !== theme) this.styles = { theme, of: big.readLinkStyles(samples) };
    const detailed = levelOfDetail(t.k) === 'full';
    big.drawLinks(canvas, size.width, size.height, {
      batches,
      positions,
      transform: t,
      bends: this.bends,
      gap: this.gap,
      arrowGap: this.arrowGap,
      style: this.styles.of,
      detailed,
    });
  }
}
