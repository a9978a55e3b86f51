import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type Ref } from 'react';
import {
  apply,
  fitTransform,
  focusTransform,
  IDENTITY,
  linkPath,
  orientFor,
  parallelBends,
  type Point,
  type Size,
  type Transform,
} from '../../layout/geometry';
import { useElementSize } from '../../hooks/useElementSize';
import { useLinkCanvas } from '../../hooks/useLinkCanvas';
import { usePrefersReducedMotion } from '../../hooks/useMediaQuery';
import { usePointerPick } from '../../hooks/usePointerPick';
import { useForceLayout } from '../../hooks/useForceLayout';
import { markReady } from '../../milestones';
import { usePositionTween } from '../../hooks/usePositionTween';
import { lensLayout, lensRadii } from '../../layout/lens';
import { levelOfDetail } from '../../layout/lod';
import { innerAspect, marginFor, nudgeIntoView } from '../../layout/viewport';
import { useRovingNodeFocus } from '../../hooks/useRovingNodeFocus';
import { useZoom } from '../../hooks/useZoom';
import { useProgressiveCount } from '../../hooks/useProgressiveCount';
import { RELATION_TYPES } from '../../model/constants';
import { indexScenario } from '../../model/lookup';
import { networkEmphasis, perceptionsOf, type NodeEmphasis } from '../../model/perspective';
import type { Relation, Scenario } from '../../model/schema';
import { selectFocus, selectPredict, selectPresenting, selectRevealed, selectStep, useAppActions, useAppStore } from '../../store/appStore';
import { spotlightFor } from '../../model/spotlight';
import { ActorNode, NODE_RADIUS, RaisedActorNode } from './ActorNode';
import { ArrowMarkers } from './ArrowMarkers';
import { LensBanner } from './LensBanner';
import { ZoomControls } from './ZoomControls';

const GAP = NODE_RADIUS + 6;
/** Where a link that points at an actor stops: a little farther, to leave its arrowhead room. */
const ARROW_GAP = GAP + 4;
const MOTION_MS = 550;
/** Half a label's width when labels are not measured (a big network). */
const DEFAULT_LABEL_HALF = NODE_RADIUS + 60;
/** A big network mounts this many actors a frame, so no single frame blocks for long. */
const MOUNT_CHUNK = 250;
/** How near a pointer must come to a dot (far out, see layout/lod.ts) to pick it, in pixels. */
const DOT_HIT_RADIUS = 12;

/** Half the on-screen width of the widest label drawn (measured; labels keep their size at every zoom). */
function widestLabelHalf(nodes: Iterable<SVGGElement>): number {
  let widest = 0;
  for (const node of nodes) {
    for (const text of node.querySelectorAll('text')) widest = Math.max(widest, text.getBBox().width);
  }
  return Math.min(240, Math.max(NODE_RADIUS + 8, widest / 2));
}

/**
 * The force network. d3-force lays it out once per scenario; d3-zoom turns wheel, drag and
 * pinch into a transform; both reach the DOM through refs, so React renders only when the
 * scenario or the selection change. Node glyphs and labels keep their size on screen at
 * every zoom: only the distances between them scale.
 */
/** What the page may ask of the network: the skip link moves the keyboard into it. */
export interface NetworkHandle {
  /** Focuses the actor the Tab key would reach first. */
  focusActor(): void;
}

export function NetworkView({ scenario, handle }: { scenario: Scenario; handle?: Ref<NetworkHandle> }) {
  const index = indexScenario(scenario);
  const actorIds = useMemo(() => scenario.actors.map((a) => a.id), [scenario]);
  const focus = useAppStore(selectFocus);
  const step = useAppStore(selectStep);
  const presenting = useAppStore(selectPresenting);
  const predict = useAppStore(selectPredict);
  const revealed = useAppStore(selectRevealed);
  const { selectActor, showEvent } = useAppActions();
  const reduceMotion = usePrefersReducedMotion();

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(stageRef);
  const sizeRef = useRef(size);
  useLayoutEffect(() => {
    sizeRef.current = size;
  }, [size]);
  const portrait = size ? size.height > size.width : false;

  const drawRef = useRef(() => {});
  // Counts the worker's in-place updates of a streamed layout, so a redraw knows things moved.
  const layoutUpdates = useRef(0);
  const followLayout = useRef(() => {});
  const { layout, streaming, version } = useForceLayout(scenario, () => {
    layoutUpdates.current += 1;
    followLayout.current();
  });
  // A streamed layout is drawn from the very Map the worker updates, so it is used as it is.
  const overview = useMemo(
    () => (streaming ? layout : orientFor(layout, portrait ? { width: 1, height: 2 } : { width: 2, height: 1 })),
    [layout, portrait, streaming],
  );
  const spotlight = useMemo(() => spotlightFor(scenario, focus, step), [scenario, focus, step]);
  const emphasis = useMemo(() => networkEmphasis(spotlight), [spotlight]);
  // A big network restyles only the actors a selection touches: the rest keep their props
  // (so React skips them, and the browser restyles nothing) and step back behind one veil,
  // over which those brought forward are drawn again (see RaisedActorNode).
  const veil = streaming && spotlight.kind !== 'none';
  // The lens (one actor's view) redraws the network around that actor; other spotlights keep the overview.
  const focusId = spotlight.kind === 'lens' ? spotlight.actor : null;
  const seen = useMemo(() => (focusId ? perceptionsOf(index, focusId) : null), [index, focusId]);
  // In predict mode the lens keeps its secrets until the teacher reveals that actor's view:
  // no words under the nodes, and everyone on one ring (distance would give warmth away).
  const hiddenView = focusId !== null && predict && !revealed.includes(focusId);
  // What the network may show of that view: in a big network, even which actors the view
  // covers would give it away before it is revealed.
  const shownSeen = hiddenView ? null : seen;
  const [labelHalf, setLabelHalf] = useState(DEFAULT_LABEL_HALF);
  // The banner that says whose view is shown lies over the top of the network rather than
  // pushing it down: the stage keeps its size (a big network would otherwise be drawn
  // again whole), and the margin keeps the actors clear of the banner.
  const bannerRef = useRef<HTMLDivElement>(null);
  const [banner, setBanner] = useState(0);
  const margin = useMemo(() => (size ? marginFor(size, labelHalf, banner, NODE_RADIUS) : null), [size, labelHalf, banner]);
  const aspect = size && margin ? innerAspect(size, margin) : 1;
  // With an actor selected, the network is redrawn around them (see layout/lens.ts). A big
  // network keeps its shape instead: a ring of hundreds says nothing.
  const target = useMemo(
    () => (focusId && seen && !streaming ? lensLayout(overview, focusId, shownSeen ?? new Map(), lensRadii(overview.size, aspect)) : overview),
    [overview, focusId, seen, shownSeen, aspect, streaming],
  );
  const bends = useMemo(() => parallelBends(scenario.relations), [scenario]);
  // A big network draws its links on a canvas (see hooks/useLinkCanvas.ts), and mounts its
  // actors a chunk a frame.
  const canvasLinks = streaming;
  const { canvasRef, samplesRef, draw: drawLinkCanvas } = useLinkCanvas({ relations: scenario.relations, bends, size, presenting, gap: GAP, arrowGap: ARROW_GAP });
  const mountedCount = useProgressiveCount(scenario.actors, MOUNT_CHUNK, streaming);
  const allMounted = mountedCount === scenario.actors.length;
  const nodeEmphasis = (id: string): NodeEmphasis => {
    const e = emphasis.node(id);
    if (!streaming || e === 'focus') return e;
    return e === 'seen' && shownSeen?.has(id) ? 'seen' : 'context';
  };

  const nodeEls = useRef(new Map<string, SVGGElement>());
  const raisedEls = useRef(new Map<string, SVGGElement>());
  const linkEls = useRef(new Map<string, SVGPathElement>());
  const transform = useRef<Transform>(IDENTITY);
  // The actor whose button has the keyboard focus (focus-visible), in a big network.
  const [keyFocus, setKeyFocus] = useState<string | null>(null);
  const positionsRef = usePositionTween(target, reduceMotion || !size ? 0 : MOTION_MS, () => drawRef.current());

  // While the view of a big network moves (a gesture, or a glide to a selected actor), the
  // SVG and canvas already drawn are moved and scaled as composited layers (one style
  // write per layer a frame), and drawn again, sharp, when the movement ends.
  const gesture = useRef<{ drawn: Transform } | null>(null);
  // The layout for which the user moved the view themselves (see followLayout).
  const movedByUser = useRef<ReadonlyMap<string, Point> | null>(null);
  const drawn = useRef<Transform>(IDENTITY);
  const drawnFrom = useRef<{ positions: ReadonlyMap<string, Point>; updates: number; nodes: number; index: object } | null>(null);

  /** Writes every position for the current transform straight into the DOM. */
  const draw = useCallback(() => {
    const t = transform.current;
    if (gesture.current) {
      const from = gesture.current.drawn;
      const s = t.k / from.k;
      const css = `translate(${t.x - from.x * s}px, ${t.y - from.y * s}px) scale(${s})`;
      for (const el of [svgRef.current, canvasRef.current]) if (el) el.style.transform = css;
      return;
    }
    const positions = positionsRef.current;
    const last = drawnFrom.current;
    const moved =
      !last || last.positions !== positions || last.updates !== layoutUpdates.current || last.nodes !== nodeEls.current.size || last.index !== index || drawn.current !== t;
    drawn.current = t;
    drawnFrom.current = { positions, updates: layoutUpdates.current, nodes: nodeEls.current.size, index };
    // Links are drawn once the view is fitted (the first zoom event), not at the identity before it.
    if (canvasLinks && t !== IDENTITY) drawLinkCanvas(positions, t, moved);
    const place = (id: string, el: SVGGElement) => {
      const p = positions.get(id);
      if (p) {
        const s = apply(t, p);
        el.setAttribute('transform', `translate(${s.x.toFixed(1)},${s.y.toFixed(1)})`);
      }
    };
    // A big network's raised actors and links are few, and new after a selection.
    for (const [id, el] of raisedEls.current) place(id, el);
    if (moved || canvasLinks) {
      for (const [id, el] of linkEls.current) {
        const r = index.relations.get(id);
        const a = r && positions.get(r.source);
        const b = r && positions.get(r.target);
        if (r && a && b) el.setAttribute('d', linkPath(apply(t, a), apply(t, b), GAP, r.directed ? ARROW_GAP : GAP, bends.get(r.id) ?? 0));
      }
    }
    // Nothing moved (a selection, say): the actors stay where they are drawn.
    if (moved) for (const [id, el] of nodeEls.current) place(id, el);
  }, [positionsRef, bends, index, drawLinkCanvas, canvasLinks, canvasRef]);

  useLayoutEffect(() => {
    drawRef.current = draw;
    draw();
  });
  // The margin must hold the widest label at its real size (larger in presenter mode and for
  // the selected actor), so measure the labels whenever what they show can change.
  // A big network is not measured: that would make the browser lay out thousands of actors
  // while they mount or when one is selected, and from far enough to see it whole its
  // labels give way anyway (see layout/lod.ts), so the default margin does.
  useLayoutEffect(() => {
    setLabelHalf(streaming ? DEFAULT_LABEL_HALF : widestLabelHalf(nodeEls.current.values()));
  }, [scenario, presenting, focusId, size, streaming]);
  // Measured as soon as it changes, before the view moves to make room for it.
  const bannerShows = spotlight.kind === 'lens' ? `${spotlight.actor} ${hiddenView}` : spotlight.kind === 'pair' ? `${spotlight.a} ${spotlight.b}` : '';
  useLayoutEffect(() => {
    setBanner(bannerRef.current?.offsetHeight ?? 0);
  }, [bannerShows, presenting, size?.width]);
  useEffect(() => {
    if (size && allMounted) markReady();
  }, [size, allMounted]);
  // Big networks drop labels, then shapes, when actors stand too close on screen to read.
  const updateDetail = () => {
    const svg = svgRef.current;
    const detail = streaming ? levelOfDetail(transform.current.k) : 'full';
    if (svg && !gesture.current && svg.dataset.detail !== detail) svg.dataset.detail = detail;
  };
  const pointer = usePointerPick({
    enabled: streaming,
    svgRef,
    nodeEls,
    positions: positionsRef,
    updates: layoutUpdates,
    drawn,
    moving: () => gesture.current !== null,
    radius: (svg) => (svg.dataset.detail === 'dots' ? DOT_HIT_RADIUS : NODE_RADIUS + 10),
    onPick: selectActor,
  });
  const zoom = useZoom(
    stageRef,
    (t, byUser) => {
      if (byUser) movedByUser.current = layout;
      transform.current = t;
      draw();
      updateDetail();
    },
    {
      onGestureStart: () => {
        if (!streaming || !svgRef.current) return;
        gesture.current = { drawn: drawn.current };
        pointer.repick();
      },
      viewport: () => sizeRef.current,
      onGestureEnd: () => {
        if (!gesture.current) return;
        gesture.current = null;
        for (const el of [svgRef.current, canvasRef.current]) if (el) el.style.transform = '';
        draw();
        updateDetail();
        pointer.repick();
      },
    },
  );

  // `version` changes when a streamed layout ends, so the view fits its final shape.
  const fit = useMemo(
    () => (size && margin ? fitTransform(overview.values(), size, margin) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks in-place updates of overview
    [overview, size, margin, version],
  );

  // Centre on the selected actor with everyone still in view, or show the whole network.
  // Jump on first paint and on resize; glide otherwise (unless motion is reduced). A layout
  // effect, so the glide has begun (and data-settled is false) when the click that asked
  // for it has been handled.
  const lastSize = useRef<Size | null>(null);
  // While a big network settles, the view keeps it fitted, so it ends where it should be
  // with no glide after; until the user moves the view (or selects an actor) themselves.
  useLayoutEffect(() => {
    followLayout.current = () => {
      const z = zoom.current;
      if (z && size && margin && !focusId && movedByUser.current !== layout) z.zoomTo(fitTransform(overview.values(), size, margin), 0);
      else drawRef.current();
      pointer.repick();
    };
  });
  const fittedVersion = useRef(version);
  useLayoutEffect(() => {
    const z = zoom.current;
    if (!z || !size || !fit || !margin) return;
    const sameSize = lastSize.current === size;
    const animate = !reduceMotion && sameSize;
    lastSize.current = size;
    const layoutEnded = fittedVersion.current !== version;
    fittedVersion.current = version;
    // Someone who zoomed or panned while a big network settled keeps their view when it ends.
    if (layoutEnded && sameSize && !focusId && movedByUser.current === layout) return;
    const p = focusId ? target.get(focusId) : undefined;
    // A big network keeps in view those the selected actor sees, close enough to read; a
    // small one keeps everyone in view.
    const inView = streaming ? [...(shownSeen?.keys() ?? [])].flatMap((id) => target.get(id) ?? []) : target.values();
    // In presenter mode nothing should move by itself beyond what a step asks for.
    z.zoomTo(p ? focusTransform(p, inView, size, margin) : fit, animate ? MOTION_MS : 0);
  }, [focusId, fit, size, margin, target, reduceMotion, zoom, streaming, shownSeen, version, layout]);


  const register = useCallback((id: string, el: SVGGElement | null) => {
    if (el) nodeEls.current.set(id, el);
    else nodeEls.current.delete(id);
  }, []);
  // A click on a raised copy acts as one on the actor: their button takes the keyboard focus.
  const selectFromCopy = useCallback(
    (id: string) => {
      nodeEls.current.get(id)?.focus({ preventScroll: true });
      selectActor(id);
    },
    [selectActor],
  );
  const registerRaised = useCallback((id: string, el: SVGGElement | null) => {
    if (el) raisedEls.current.set(id, el);
    else raisedEls.current.delete(id);
  }, []);

  // An actor reached by keyboard is brought into view, clear of the banner and the edges;
  // in a big network it is also drawn on top (see `raised`).
  const onNodeFocus = (e: FocusEvent<SVGGElement>) => {
    const id = e.target.getAttribute('data-actor');
    const byKeyboard = id !== null && e.target.matches(':focus-visible');
    if (streaming) setKeyFocus(byKeyboard ? id : null);
    const p = id ? positionsRef.current.get(id) : undefined;
    const z = zoom.current;
    if (!byKeyboard || !p || !z || !size || !margin) return;
    const nudged = nudgeIntoView(transform.current, p, size, margin);
    if (nudged) z.zoomTo(nudged, reduceMotion ? 0 : 250);
  };

  const focusActor = focusId ? index.actors.get(focusId) : undefined;
  const pair = spotlight.kind === 'pair' ? [index.actors.get(spotlight.a), index.actors.get(spotlight.b)] : null;
  const { tabStop, onKey } = useRovingNodeFocus({ actorIds, positions: positionsRef, transform, nodes: nodeEls, arrowsMove: !presenting, onSelect: selectActor });
  const tabbableId = tabStop && index.actors.has(tabStop) ? tabStop : (focusId ?? scenario.actors[0]?.id);
  useImperativeHandle(handle, () => ({ focusActor: () => (tabbableId ? nodeEls.current.get(tabbableId)?.focus() : undefined) }), [tabbableId]);
  const seenByOf = (id: string) =>
    focusActor && id !== focusId && (!streaming || shownSeen?.has(id)) ? { label: focusActor.label, attitude: seen?.get(id)?.attitude, hidden: hiddenView } : null;
  // In a big network the actors a spotlight brings forward are drawn again on top, so none
  // hides behind the crowd (see RaisedActorNode).
  const raisedLinks = veil ? scenario.relations.filter((r) => emphasis.link(r) === 'focus') : [];
  const linkElement = (r: Relation) => (
    <path
      key={r.id}
      ref={(el) => {
        if (el) linkEls.current.set(r.id, el);
        else linkEls.current.delete(r.id);
      }}
      className={`link link--${r.type} link--${emphasis.link(r)}`}
      markerEnd={r.directed ? `url(#arrow-${emphasis.link(r)})` : undefined}
    />
  );
  // The selected actor comes last, on top of all.
  // With them come the actors at the other end of the links brought forward.
  const linked = new Set(raisedLinks.flatMap((r) => [r.source, r.target]));
  // And the actor with the keyboard focus, so their focus ring is never hidden by the crowd.
  const raised = streaming
    ? scenario.actors
        .filter((a) => a.id === keyFocus || (veil && (linked.has(a.id) || nodeEmphasis(a.id) !== 'context')))
        .sort((a, b) => Number(a.id === focusId) - Number(b.id === focusId))
    : [];

  return (
    <div className="network" id="network">
      {focusActor ? (
        <LensBanner ref={bannerRef} lens={{ actor: focusActor, hidden: hiddenView }} onShowEveryone={showEvent} />
      ) : (
        pair && <LensBanner ref={bannerRef} lens={{ pair: [pair[0], pair[1]] }} onShowEveryone={showEvent} />
      )}
      <div className="network__stage" ref={stageRef}>
        {canvasLinks && <canvas ref={canvasRef} className="network__links" data-dim={veil ? 'true' : undefined} aria-hidden="true" />}
        <svg
          ref={svgRef}
          className="network__svg"
          width={size?.width ?? 0}
          height={size?.height ?? 0}
          role="group"
          aria-label={`Network of ${scenario.actors.length} actors${focusActor ? `, seen from ${focusActor.name}\u2019s side` : ''}`}
          aria-describedby="network-help"
          data-layered={streaming ? 'true' : undefined}
          {...pointer.handlers}
        >
          <ArrowMarkers />
          {canvasLinks ? (
            // Styled like the SVG links by the same CSS; the canvas reads their computed look.
            <g ref={samplesRef} display="none" aria-hidden="true">
              {RELATION_TYPES.map((type) => (
                <path key={type} data-sample={type} className={`link link--${type} link--normal`} />
              ))}
            </g>
          ) : (
            <g className="links" aria-hidden="true">
              {scenario.relations.map(linkElement)}
            </g>
          )}
          <g className="nodes" onFocus={onNodeFocus} onBlur={() => setKeyFocus(null)}>
            {(allMounted ? scenario.actors : scenario.actors.slice(0, mountedCount)).map((a) => (
              <ActorNode
                key={a.id}
                actor={a}
                emphasis={nodeEmphasis(a.id)}
                seenBy={seenByOf(a.id)}
                tabbable={a.id === tabbableId}
                onSelect={selectActor}
                onKey={onKey}
                register={register}
              />
            ))}
          </g>
          {veil && <rect className="network__veil" width="100%" height="100%" aria-hidden="true" />}
          {raisedLinks.length > 0 && (
            <g className="links links--raised" aria-hidden="true">
              {raisedLinks.map(linkElement)}
            </g>
          )}
          {raised.length > 0 && (
            <g className="nodes nodes--raised">
              {raised.map((a) => (
                <RaisedActorNode
                  key={a.id}
                  actor={a}
                  emphasis={nodeEmphasis(a.id)}
                  seenBy={seenByOf(a.id)}
                  focused={a.id === keyFocus}
                  onSelect={selectFromCopy}
                  register={registerRaised}
                />
              ))}
            </g>
          )}
        </svg>
        <p id="network-help" className="visually-hidden">
          Arrow keys move between actors; Enter or Space opens one&rsquo;s view; Escape returns to the event.
        </p>
        <ZoomControls
          onZoomIn={() => {
            movedByUser.current = layout;
            zoom.current?.scaleBy(1.4, reduceMotion ? 0 : 250);
          }}
          onZoomOut={() => {
            movedByUser.current = layout;
            zoom.current?.scaleBy(1 / 1.4, reduceMotion ? 0 : 250);
          }}
          onFit={() => fit && zoom.current?.zoomTo(fit, reduceMotion ? 0 : MOTION_MS)}
        />
      </div>
    </div>
  );
}
