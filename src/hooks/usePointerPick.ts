import { useEffect, useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { Point, Transform } from '../layout/geometry';
import { createPicker, type Picker } from '../layout/pick';

interface Options {
  enabled: boolean;
  svgRef: RefObject<SVGSVGElement | null>;
  nodeEls: RefObject<Map<string, SVGGElement>>;
  /** The positions drawn, and a count of in-place updates to them (a streamed layout). */
  positions: RefObject<ReadonlyMap<string, Point>>;
  updates: RefObject<number>;
  /** The transform the network is drawn with, and whether a movement is under way. */
  drawn: RefObject<Transform>;
  moving: () => boolean;
  /** How near the pointer must come to an actor's centre, in screen pixels. */
  radius: (svg: SVGSVGElement) => number;
  onPick(id: string): void;
}

export interface PickHandlers {
  onClick?(e: MouseEvent<SVGSVGElement>): void;
  onPointerMove?(e: PointerEvent<SVGSVGElement>): void;
  onPointerLeave?(): void;
}

export interface PointerPick {
  /** For the SVG. */
  handlers: PickHandlers;
  /**
   * Picks again at the pointer's last place: call it when the actors move under a still
   * pointer (a zoom, a glide, the layout settling). While the view moves, nothing is marked.
   */
  repick(): void;
}

/**
 * A big network finds the actor under the pointer itself (see layout/pick.ts): its actors
 * take no pointer events, so the browser does not test thousands of shapes on every move.
 * The actor under the pointer is marked `data-hover`, and the SVG `data-pointing` (a name
 * no node rule uses, so setting it restyles nothing else); a click on the SVG picks.
 */
export function usePointerPick({ enabled, svgRef, nodeEls, positions, updates, drawn, moving, radius, onPick }: Options): PointerPick {
  const picker = useRef<{ positions: ReadonlyMap<string, Point>; updates: number; picker: Picker } | null>(null);
  const hovered = useRef({ id: null as string | null, frame: 0, x: 0, y: Number.NaN });
  useEffect(() => {
    const h = hovered.current;
    return () => cancelAnimationFrame(h.frame);
  }, []);
  if (!enabled) return { handlers: {}, repick: () => {} };

  const pickAt = (clientX: number, clientY: number): string | null => {
    const svg = svgRef.current;
    if (!svg || moving()) return null;
    let cached = picker.current;
    if (!cached || cached.positions !== positions.current || cached.updates !== updates.current) {
      cached = { positions: positions.current, updates: updates.current, picker: createPicker(positions.current) };
      picker.current = cached;
    }
    const box = svg.getBoundingClientRect();
    return cached.picker.pick({ x: clientX - box.left, y: clientY - box.top }, drawn.current, radius(svg));
  };
  // At most once a frame, however fast the pointer moves.
  const hoverAt = (x: number, y: number) => {
    const h = hovered.current;
    h.x = x;
    h.y = y;
    if (h.frame) return;
    h.frame = requestAnimationFrame(() => {
      h.frame = 0;
      const id = Number.isNaN(h.y) ? null : pickAt(h.x, h.y);
      if (id === h.id) return;
      if (h.id) nodeEls.current.get(h.id)?.removeAttribute('data-hover');
      if (id) nodeEls.current.get(id)?.setAttribute('data-hover', '');
      h.id = id;
      if (id) svgRef.current?.setAttribute('data-pointing', '');
      else svgRef.current?.removeAttribute('data-pointing');
    });
  };
  return {
    handlers: {
      onClick: (e) => {
        if (e.target !== e.currentTarget) return;
        const id = pickAt(e.clientX, e.clientY);
        if (!id) return;
        nodeEls.current.get(id)?.focus({ preventScroll: true });
        onPick(id);
      },
      onPointerMove: (e) => hoverAt(e.clientX, e.clientY),
      onPointerLeave: () => hoverAt(0, Number.NaN),
    },
    repick: () => hoverAt(hovered.current.x, hovered.current.y),
  };
}
