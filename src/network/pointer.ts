/**
 * A big network finds the actor under the pointer itself (see layout/pick.ts): its actors
 * take no pointer events, so the browser does not test thousands of shapes on every move.
 * The actor under the pointer is marked `data-hover`, and the SVG `data-pointing` (a name
 * no node rule uses, so setting it restyles nothing else); a click on the SVG picks.
 * Framework-free: it is told where things are through `PickSource`.
 */
import type { Point, Transform } from '../layout/geometry';
import type { Picker } from '../layout/pick';
import { bigParts } from './bigLoader';
import { browserFrames, type Frames } from './tween';

export interface PickSource {
  svg(): SVGSVGElement | null;
  node(id: string): SVGGElement | undefined;
  /** The positions drawn, and a count of in-place updates to them (a streamed layout). */
  positions(): ReadonlyMap<string, Point>;
  updates(): number;
  /** The transform the network is drawn with, and whether a movement is under way (nothing is picked then). */
  drawn(): Transform;
  moving(): boolean;
  /** How near the pointer must come to an actor's centre, in screen pixels. */
  radius(svg: SVGSVGElement): number;
  pick(id: string): void;
}

/** The parts of a pointer event the picker reads (a DOM or a React event). */
export interface PointerAt {
  clientX: number;
  clientY: number;
  target: EventTarget | null;
  currentTarget: EventTarget | null;
}

export class PointerPick {
  private picker: { positions: ReadonlyMap<string, Point>; updates: number; picker: Picker } | null = null;
  private hovered: string | null = null;
  private frame = 0;
  private x = 0;
  private y = Number.NaN;

  constructor(
    private readonly source: PickSource,
    private readonly frames: Frames = browserFrames,
  ) {}

  /** The actor within reach of a point on screen (client coordinates), if any. */
  at(clientX: number, clientY: number): string | null {
    const s = this.source;
    const svg = s.svg();
    const big = bigParts();
    if (!svg || s.moving() || !big) return null;
    let cached = this.picker;
    if (!cached || cached.positions !== s.positions() || cached.updates !== s.updates()) {
      cached = { positions: s.positions(), updates: s.updates(), picker: big.createPicker(s.positions()) };
      this.picker = cached;
    }
    const box = svg.getBoundingClientRect();
    return cached.picker.pick({ x: clientX - box.left, y: clientY - box.top }, s.drawn(), s.radius(svg));
  }

  /** A click on the SVG itself (not on a control in it) picks the actor under it, and gives its button the focus. */
  click(e: PointerAt): void {
    if (e.target !== e.currentTarget) return;
    const id = this.at(e.clientX, e.clientY);
    if (!id) return;
    this.source.node(id)?.focus({ preventScroll: true });
    this.source.pick(id);
  }

  /** Marks the actor under the pointer, at most once a frame however fast it moves. */
  move(clientX: number, clientY: number): void {
    this.x = clientX;
    this.y = clientY;
    if (this.frame) return;
    this.frame = this.frames.request(() => {
      this.frame = 0;
      this.mark(Number.isNaN(this.y) ? null : this.at(this.x, this.y));
    });
  }

  leave(): void {
    this.move(0, Number.NaN);
  }

  /**
   * Picks again at the pointer's last place: call it when the actors move under a still
   * pointer (a zoom, a glide, the layout settling). While the view moves, nothing is marked.
   */
  repick(): void {
    this.move(this.x, this.y);
  }

  destroy(): void {
    if (this.frame) this.frames.cancel(this.frame);
    this.frame = 0;
  }

  private mark(id: string | null): void {
    if (id === this.hovered) return;
    if (this.hovered) this.source.node(this.hovered)?.removeAttribute('data-hover');
    if (id) this.source.node(id)?.setAttribute('data-hover', '');
    this.hovered = id;
    const svg = this.source.svg();
    if (id) svg?.setAttribute('data-pointing', '');
    else svg?.removeAttribute('data-pointing');
  }
}
