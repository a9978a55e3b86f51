/**
 * The SVG elements the page renders for the network (actor buttons, the raised copies over a
 * big network's veil, link paths), and placing them: every position is written straight into
 * the DOM for the current transform. Framework-free; React tells it each element by `register`.
 */
import { apply, linkPath, type Point, type Transform } from '../layout/geometry';
import type { ScenarioIndex } from '../model/lookup';

export type ElementKind = 'node' | 'raised' | 'link';

export class SvgLayer {
  private readonly elements: Record<ElementKind, Map<string, Element>> = { node: new Map(), raised: new Map(), link: new Map() };
  /** The actors placed for the positions and transform last drawn. */
  private placed = new WeakSet<Element>();

  /** @param gap where a link stops short of an actor; `arrowGap` for one with an arrowhead */
  constructor(
    private readonly gap: number,
    private readonly arrowGap: number,
  ) {}

  /** Tells the layer an element it should place (`null` when it goes). */
  register(kind: ElementKind, id: string, el: Element | null): void {
    if (el) this.elements[kind].set(id, el);
    else this.elements[kind].delete(id);
  }

  node(id: string): SVGGElement | undefined {
    return this.elements.node.get(id) as SVGGElement | undefined;
  }

  nodes(): Iterable<SVGGElement> {
    return this.elements.node.values() as Iterable<SVGGElement>;
  }

  /**
   * Half the on-screen width of the widest label drawn, within bounds (measured: labels keep
   * their size at every zoom, so the view's margin must hold the widest).
   */
  widestLabelHalf(min: number, max: number): number {
    let widest = 0;
    for (const node of this.nodes()) for (const text of node.querySelectorAll('text')) widest = Math.max(widest, text.getBBox().width);
    return Math.min(max, Math.max(min, widest / 2));
  }

  /** How many actors are mounted (a big network mounts a chunk a frame). */
  get mounted(): number {
    return this.elements.node.size;
  }

  /**
   * Places the elements for these positions and this transform. Only what can have changed
   * is written: the few raised copies always; links and actors when things `moved`; links
   * always in a big network (`layered`), whose raised links are new after each selection.
   */
  draw(
    scene: { index: ScenarioIndex; bends: ReadonlyMap<string, number> },
    positions: ReadonlyMap<string, Point>,
    t: Transform,
    moved: boolean,
    layered: boolean,
    onlyNew = false,
  ): void {
    const place = (id: string, el: Element) => {
      const p = positions.get(id);
      if (!p) return false;
      const s = apply(t, p);
      el.setAttribute('transform', `translate(${s.x.toFixed(1)},${s.y.toFixed(1)})`);
      return true;
    };
    for (const [id, el] of this.elements.raised) place(id, el);
    if (moved || layered) {
      for (const [id, el] of this.elements.link) {
        const r = scene.index.relations.get(id);
        const a = r && positions.get(r.source);
        const b = r && positions.get(r.target);
        if (r && a && b) el.setAttribute('d', linkPath(apply(t, a), apply(t, b), this.gap, r.directed ? this.arrowGap : this.gap, scene.bends.get(r.id) ?? 0));
      }
    }
    // Nothing moved (a selection, say): the actors stay where they are drawn. Only more of
    // them mounted: only those are placed.
    if (!moved) return;
    if (!onlyNew) this.placed = new WeakSet();
    for (const [id, el] of this.elements.node) if (!this.placed.has(el) && place(id, el)) this.placed.add(el);
  }
}
