import { useCallback, useMemo, useRef, type RefObject } from 'react';
import type { Point, Size, Transform } from '../layout/geometry';
import { levelOfDetail } from '../layout/lod';
import type { Relation } from '../model/schema';
import { batchLinks, drawLinks, readLinkStyles, type LinkBatch, type LinkStyleOf } from '../render/linkCanvas';
import { useMediaQuery } from './useMediaQuery';

export interface LinkCanvas {
  /** Every link, in its plain look; dimmed as a whole (by CSS) while a selection stands out. */
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** Hidden SVG paths styled by the app's CSS, from which the canvas takes its look. */
  samplesRef: RefObject<SVGGElement | null>;
  /**
   * Draws the links for these positions and this transform, when `moved` (positions or
   * zoom changed) or the size or theme did: a selection changes nothing here (the links it
   * brings forward are drawn in the SVG, over the rest).
   */
  draw(positions: ReadonlyMap<string, Point>, t: Transform, moved: boolean): void;
}

interface Options {
  relations: readonly Relation[];
  bends: ReadonlyMap<string, number>;
  size: Size | null;
  presenting: boolean;
  gap: number;
  arrowGap: number;
}

/** The link layer of a big network: one canvas (see render/linkCanvas.ts). */
export function useLinkCanvas({ relations, bends, size, presenting, gap, arrowGap }: Options): LinkCanvas {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const samplesRef = useRef<SVGGElement>(null);
  // The look is read from the CSS once per theme: reading computed styles on every draw
  // would make the browser restyle the whole page each time.
  const theme = `${useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light'} ${presenting ? 'present' : 'explore'}`;
  const styles = useRef<{ theme: string; of: LinkStyleOf } | null>(null);
  // What the canvas shows: redrawn only when the links, the size or the theme change, or things moved.
  const drawnFor = useRef<{ key: string; batches: readonly LinkBatch[] } | null>(null);

  const batches = useMemo(() => batchLinks(relations), [relations]);

  const draw = useCallback(
    (positions: ReadonlyMap<string, Point>, t: Transform, moved: boolean) => {
      const canvas = canvasRef.current;
      const samples = samplesRef.current;
      if (!canvas || !samples || !size) return;
      const key = `${size.width}x${size.height} ${theme}`;
      if (!moved && drawnFor.current?.key === key && drawnFor.current.batches === batches) return;
      drawnFor.current = { key, batches };
      if (styles.current?.theme !== theme) styles.current = { theme, of: readLinkStyles(samples) };
      const detailed = levelOfDetail(t.k) === 'full';
      drawLinks(canvas, size.width, size.height, { batches, positions, transform: t, bends, gap, arrowGap, style: styles.current.of, detailed });
    },
    [size, theme, bends, gap, arrowGap, batches],
  );

  return useMemo(() => ({ canvasRef, samplesRef, draw }), [draw]);
}
