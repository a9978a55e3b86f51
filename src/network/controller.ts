/**
 * The network's controller: it owns the view (the zoom transform and the gestures that move
 * it), where the view goes by itself (fit, follow, focus), the level of detail, picking in a
 * big network, its canvas link layer, and drawing every position straight into the DOM.
 * Framework-free: React creates it, passes it what it renders and what the page wants, and
 * renders the SVG nodes; nothing here re-renders anything (after xyflow's XYPanZoom).
 */
import { IDENTITY, type Point, type Size, type Transform } from '../layout/geometry';
import { levelOfDetail } from '../layout/lod';
import { nudgeIntoView } from '../layout/viewport';
import { createZoom, type ZoomController } from '../layout/zoom';
import { bigParts, loadBigParts } from './bigLoader';
import { LinkLayer } from './linkLayer';
import { PointerPick } from './pointer';
import { followsLayout, viewGoal, viewMoveDuration } from './policy';
import { layerTransform, onlyMoreMounted, positionsMoved, type DrawnFrom } from './schedule';
import { SvgLayer, type ElementKind } from './svgLayer';
import { browserFrames, PositionTween } from './tween';
import type { ControllerOptions, NetworkEvents, NetworkScene, ViewRequest } from './types';

/** How long the view and the actors take to move to a new picture, in ms. */
export const MOTION_MS = 550;
/** How near a pointer must come to a dot (far out, see layout/lod.ts) to pick it, in pixels. */
const DOT_HIT_RADIUS = 12;

export class NetworkController {
  private readonly nodeRadius: number;
  private readonly onMotion: () => () => void;
  private readonly links: LinkLayer;
  private readonly tween: PositionTween;
  private readonly pointer: PointerPick;
  private readonly listeners: { [K in keyof NetworkEvents]: Set<NetworkEvents[K]> } = { select: new Set() };
  private readonly elements: SvgLayer;

  private svg: SVGSVGElement | null = null;
  private zoom: ZoomController | null = null;
  private scene: NetworkScene | null = null;
  private size: Size | null = null;
  private target: ReadonlyMap<string, Point> = new Map();
  private view: ViewRequest | null = null;

  private t: Transform = IDENTITY;
  private drawn: Transform = IDENTITY;
  private drawnFrom: DrawnFrom | null = null;
  /** Set while a big network's view moves: the layers are moved as pictures until it ends. */
  private gesture: { drawn: Transform } | null = null;
  /** Counts a streamed layout's in-place updates, so a drawing knows things moved. */
  private layoutUpdates = 0;
  /** The layout during which the user moved the view themselves. */
  private movedByUser: ReadonlyMap<string, Point> | null = null;
  private lastSize: Size | null = null;
  private fittedVersion = 0;

  constructor({ nodeRadius, onMotion = () => () => {}, frames = browserFrames }: ControllerOptions) {
    this.nodeRadius = nodeRadius;
    const gap = nodeRadius + 6;
    this.onMotion = onMotion;
    this.links = new LinkLayer(gap, gap + 4);
    this.elements = new SvgLayer(gap, gap + 4);
    this.tween = new PositionTween(() => this.draw(), onMotion, frames);
    this.pointer = new PointerPick(
      {
        svg: () => this.svg,
        node: (id) => this.node(id),
        positions: () => this.tween.current,
        updates: () => this.layoutUpdates,
        drawn: () => this.drawn,
        moving: () => this.gesture !== null,
        radius: (svg) => (svg.dataset.detail === 'dots' ? DOT_HIT_RADIUS : this.nodeRadius + 10),
        pick: (id) => this.emit('select', id),
      },
      frames,
    );
  }

  /**
   * Starts listening for gestures on `stage` (the element around the SVG, so that a CSS
   * transform on the SVG during a gesture does not feed back into the pointer positions).
   */
  attach(stage: HTMLElement, svg: SVGSVGElement): void {
    this.detach();
    this.svg = svg;
    this.zoom = createZoom(stage, (t, byUser) => this.zoomed(t, byUser), {
      onGestureStart: () => this.gestureStarted(),
      onGestureEnd: () => this.gestureEnded(),
      viewport: () => this.size,
      onGlide: this.onMotion,
    });
  }

  detach(): void {
    this.zoom?.destroy();
    this.zoom = null;
    this.svg = null;
  }

  destroy(): void {
    this.detach();
    this.tween.cancel();
    this.pointer.destroy();
    this.listeners.select.clear();
  }

  on<K extends keyof NetworkEvents>(event: K, listener: NetworkEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  /** The canvas a big network's links are drawn on (`null` when it goes). */
  setCanvas(el: HTMLCanvasElement | null): void {
    this.links.canvas = el;
  }

  /** The hidden sample links whose computed style the canvas draws with. */
  setSamples(el: SVGGElement | null): void {
    this.links.samples = el;
  }

  /** Tells the controller an element it should place (`null` when it goes). */
  register(kind: ElementKind, id: string, el: Element | null): void {
    this.elements.register(kind, id, el);
  }

  node(id: string): SVGGElement | undefined {
    return this.elements.node(id);
  }

  /** Half the on-screen width of the widest actor label drawn (see SvgLayer). */
  widestLabelHalf(): number {
    return this.elements.widestLabelHalf(this.nodeRadius + 8, 240);
  }

  /** The positions drawn now, in layout units. */
  positions(): ReadonlyMap<string, Point> {
    return this.tween.current;
  }

  transform(): Transform {
    return this.t;
  }

  setScenario(scene: NetworkScene): void {
    this.scene = scene;
    this.links.setLinks(scene.relations, scene.bends);
    // A big network's canvas and picking load on demand; it is drawn again once they have.
    if (scene.layered && !bigParts()) void loadBigParts().then(() => this.draw());
  }

  setSize(size: Size | null): void {
    this.size = size;
    this.links.setSize(size);
  }

  /** The colour scheme and mode the canvas links are drawn for (e.g. "dark present"). */
  setTheme(theme: string): void {
    this.links.setTheme(theme);
  }

  /** Moves the actors to new places over `duration` ms (at once when 0). */
  setTarget(target: ReadonlyMap<string, Point>, duration: number): void {
    this.target = target;
    this.tween.to(target, duration);
  }

  /** Takes the view where the page wants it (see policy.ts), unless the user's own view stands. */
  setView(view: ViewRequest): void {
    this.view = view;
    const z = this.zoom;
    if (!z) return;
    const sameSize = this.lastSize === view.size;
    this.lastSize = view.size;
    const layoutEnded = this.fittedVersion !== view.version;
    this.fittedVersion = view.version;
    const focus = view.focusId ? this.target.get(view.focusId) : undefined;
    const duration = viewMoveDuration(
      { sameSize, reduceMotion: view.reduceMotion, layoutEnded, focused: view.focusId !== null, userMoved: this.userMoved() },
      MOTION_MS,
    );
    if (duration === null) return;
    z.zoomTo(viewGoal({ size: view.size, margin: view.margin, overview: view.overview.values(), focus, inView: view.inView }), duration);
  }

  /** A big network's worker moved its actors (in place): the view follows it while it settles. */
  readonly layoutUpdated = (): void => {
    this.layoutUpdates += 1;
    const v = this.view;
    if (this.zoom && v && followsLayout(v.focusId !== null, this.userMoved())) {
      this.zoom.zoomTo(viewGoal({ size: v.size, margin: v.margin, overview: v.overview.values(), inView: [] }), 0);
    } else this.draw();
    this.pointer.repick();
  };

  /** Brings an actor reached by keyboard into view, clear of the banner and the edges. */
  focusOn(id: string, duration: number): void {
    const p = this.tween.current.get(id);
    const v = this.view;
    if (!p || !v || !this.zoom) return;
    const nudged = nudgeIntoView(this.t, p, v.size, v.margin);
    if (nudged) this.zoom.zoomTo(nudged, duration);
  }

  /** Shows everyone (the "Fit" button). */
  fit(duration: number): void {
    const v = this.view;
    if (v) this.zoom?.zoomTo(viewGoal({ size: v.size, margin: v.margin, overview: v.overview.values(), inView: [] }), duration);
  }

  /** Zooms about the middle of the view (the + and − buttons): the user's own move. */
  zoomBy(factor: number, duration: number): void {
    this.movedByUser = this.scene?.layout ?? null;
    this.zoom?.scaleBy(factor, duration);
  }

  /** Pointer events on a big network's SVG (see pointer.ts); nothing for a small one. */
  readonly pointerHandlers = {
    onClick: (e: { clientX: number; clientY: number; target: EventTarget | null; currentTarget: EventTarget | null }) => {
      if (this.scene?.layered) this.pointer.click(e);
    },
    onPointerMove: (e: { clientX: number; clientY: number }) => {
      if (this.scene?.layered) this.pointer.move(e.clientX, e.clientY);
    },
    onPointerLeave: () => {
      if (this.scene?.layered) this.pointer.leave();
    },
  };

  /** Writes every position for the current transform straight into the DOM. */
  draw(): void {
    const t = this.t;
    const scene = this.scene;
    if (this.gesture) {
      const css = layerTransform(this.gesture.drawn, t);
      for (const el of [this.svg, this.links.canvas]) if (el) el.style.transform = css;
      return;
    }
    if (!scene) return;
    const positions = this.tween.current;
    const now: DrawnFrom = { positions, updates: this.layoutUpdates, nodes: this.elements.mounted, scene: scene.index, transform: t };
    const moved = positionsMoved(this.drawnFrom, now);
    const grown = onlyMoreMounted(this.drawnFrom, now);
    this.drawn = t;
    this.drawnFrom = now;
    // Links are drawn once the view is fitted (the first zoom event), not at the identity before it.
    if (scene.layered && t !== IDENTITY) this.links.draw(positions, t, moved && !grown);
    this.elements.draw(scene, positions, t, moved, scene.layered, grown);
  }

  private userMoved(): boolean {
    return this.scene !== null && this.movedByUser === this.scene.layout;
  }

  private emit<K extends keyof NetworkEvents>(event: K, ...args: Parameters<NetworkEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: Parameters<NetworkEvents[K]>) => void)(...args);
  }

  private zoomed(t: Transform, byUser: boolean): void {
    if (byUser) this.movedByUser = this.scene?.layout ?? null;
    this.t = t;
    this.draw();
    this.updateDetail();
  }

  /** Big networks drop labels, then shapes, when actors stand too close on screen to read. */
  private updateDetail(): void {
    const svg = this.svg;
    const detail = this.scene?.layered ? levelOfDetail(this.t.k) : 'full';
    if (svg && !this.gesture && svg.dataset.detail !== detail) svg.dataset.detail = detail;
  }

  private gestureStarted(): void {
    if (!this.scene?.layered || !this.svg) return;
    this.gesture = { drawn: this.drawn };
    this.pointer.repick();
  }

  private gestureEnded(): void {
    if (!this.gesture) return;
    this.gesture = null;
    for (const el of [this.svg, this.links.canvas]) if (el) el.style.transform = '';
    this.draw();
    this.updateDetail();
    this.pointer.repick();
  }
}
