import { useCallback, useMemo, useRef, type RefObject } from 'react';
import type { Point, Size, Transform } from '../layout/geometry';
import { levelOfDetail } from '../layout/lod';
import type { NetworkEmphasis } from '../model/perspective';
import type { Relation } from '../model/schema';
import { batchLinks, drawLinks, readLinkStyles, type LinkStyleOf } from '../render/linkCanvas';
import { useMediaQuery } from './useMediaQuery';

export interface LinkCanvas {
  /** Every link, in its plain look; dimmed as a whole (by CSS) while a selection stands out. */
  baseRef: RefObject<HTMLCanvasElement | null>;
  /** The links a selection brings forward, drawn over the rest. */
  focusRef: RefObject<HTMLCanvasElement | null>;
  /** Hidden SVG paths styled by the app's CSS, from which the canvases take their look. */
  samplesRef: RefObject<SVGGElement | null>;
  /**
   * Draws the links for these positions and this transform. Every link is drawn again only
   * when `moved` (positions or zoom changed) or the size or theme did; a selection redraws
   * only the few links it brings forward.
   */
  draw(positions: ReadonlyMap<string, Point>, t: Transform, moved: boolean): void;
}

interface Options {
  relations: readonly Relation[];
  emphasis: NetworkEmphasis;
  bends: ReadonlyMap<string, number>;
  size: Size | null;
  presenting: boolean;
  gap: number;
  arrowGap: number;
}

/** The link layer of a big network: two canvases (see render/linkCanvas.ts). */
export function useLinkCanvas({ relations, emphasis, bends, size, presenting, gap, arrowGap }: Options): LinkCanvas {
  const baseRef = useRef<HTMLCanvasElement>(null);
  const focusRef = useRef<HTMLCanvasElement>(null);
  const samplesRef = useRef<SVGGElement>(null);
  // The look is read from the CSS once per theme: reading computed styles on every draw
  // would make the browser restyle the whole page each time.
  const theme = `${useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light'} ${presenting ? 'present' : 'explore'}`;
  const styles = useRef<{ theme: string; of: LinkStyleOf } | null>(null);
  const baseDrawnFor = useRef('');

  const baseBatches = useMemo(() => batchLinks(relations, () => 'normal'), [relations]);
  const focusBatches = useMemo(
    () =>
      batchLinks(
        relations.filter((r) => emphasis.link(r) === 'focus'),
        () => 'focus',
      ),
    [relations, emphasis],
  );

  const draw = useCallback(
    (positions: ReadonlyMap<string, Point>, t: Transform, moved: boolean) => {
      const base = baseRef.current;
      const focus = focusRef.current;
      const samples = samplesRef.current;
      if (!base || !focus || !samples || !size) return;
      if (styles.current?.theme !== theme) styles.current = { theme, of: readLinkStyles(samples) };
      const scene = { positions, transform: t, bends, gap, arrowGap, style: styles.current.of, detailed: levelOfDetail(t.k) === 'full' };
      const key = `${size.width}x${size.height} ${theme}`;
      if (moved || baseDrawnFor.current !== key) {
        baseDrawnFor.current = key;
        drawLinks(base, size.width, size.height, { ...scene, batches: baseBatches });
      }
      drawLinks(focus, size.width, size.height, { ...scene, batches: focusBatches });
    },
    [size, theme, bends, gap, arrowGap, baseBatches, focusBatches],
  );

  return useMemo(() => ({ baseRef, focusRef, samplesRef, draw }), [draw]);
}
