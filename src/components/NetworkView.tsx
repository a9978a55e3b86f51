import { useReducedMotion } from 'framer-motion';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  apply,
  fitTransform,
  focusTransform,
  IDENTITY,
  linkPath,
  nearestInDirection,
  orientFor,
  parallelBends,
  type Direction,
  type Margin,
  type Size,
  type Transform,
} from '../layout/geometry';
import { useElementSize } from '../hooks/useElementSize';
import { useForceLayout } from '../hooks/useForceLayout';
import { markReady } from '../milestones';
import { usePositionTween } from '../hooks/usePositionTween';
import { lensLayout, lensRadii } from '../layout/lens';
import { levelOfDetail } from '../layout/lod';
import { useZoom } from '../hooks/useZoom';
import { indexScenario } from '../model/lookup';
import { networkEmphasis, perceptionsOf } from '../model/perspective';
import type { Scenario } from '../model/schema';
import {
  selectFocus,
  selectPredict,
  selectPresenting,
  selectRevealed,
  selectSelectActor,
  selectShowEvent,
  selectStep,
  useAppStore,
} from '../store/appStore';
import { spotlightFor } from '../store/spotlight';
import { ActorNode, NODE_RADIUS } from './ActorNode';
import { ArrowMarkers } from './ArrowMarkers';
import { ZoomControls } from './ZoomControls';

const GAP = NODE_RADIUS + 6;
const ARROW_KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
const MOTION_MS = 550;

/**
 * Room kept around the layout for glyphs and labels, which keep their size on screen: more
 * below a node (its name and, when another actor is selected, how they are seen) than above,
 * and room on the right for the zoom buttons.
 */
function marginFor(size: Size, labelHalfWidth: number): Margin {
  const side = Math.max(labelHalfWidth + 6, Math.min(96, size.width * 0.1));
  return { top: NODE_RADIUS + 16, bottom: NODE_RADIUS + 64, left: side, right: side + 24 };
}

/** Half the on-screen width of the widest label drawn (measured; labels keep their size at every zoom). */
function widestLabelHalf(nodes: Iterable<SVGGElement>): number {
  let widest = 0;
  let measured = 0;
  for (const node of nodes) {
    // A sample is enough for a big network, and measuring thousands of labels takes a while.
    if (++measured > 200) break;
    for (const text of node.querySelectorAll('text')) widest = Math.max(widest, text.getBBox().width);
  }
  return Math.min(240, Math.max(NODE_RADIUS + 8, widest / 2));
}

/** The shape of the part of the stage the network is fitted into, rounded so small resizes keep the layout. */
function innerAspect(size: Size, m: Margin): number {
  const ratio = (size.width - m.left - m.right) / Math.max(size.height - m.top - m.bottom, 1);
  return Math.round(ratio * 10) / 10;
}

/**
 * The force network. d3-force lays it out once per scenario; d3-zoom turns wheel, drag and
 * pinch into a transform; both reach the DOM through refs, so React renders only when the
 * scenario or the selection change. Node glyphs and labels keep their size on screen at
 * every zoom: only the distances between them scale.
 */
export function NetworkView({ scenario }: { scenario: Scenario }) {
  const index = indexScenario(scenario);
  const focus = useAppStore(selectFocus);
  const step = useAppStore(selectStep);
  const presenting = useAppStore(selectPresenting);
  const predict = useAppStore(selectPredict);
  const revealed = useAppStore(selectRevealed);
  const selectActor = useAppStore(selectSelectActor);
  const showEvent = useAppStore(selectShowEvent);
  const reduceMotion = useReducedMotion() ?? false;

  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(stageRef);
  const portrait = size ? size.height > size.width : false;

  const drawRef = useRef(() => {});
  const { layout, streaming, version } = useForceLayout(scenario, () => drawRef.current());
  // A streamed layout is drawn from the very Map the worker updates, so it is used as it is.
  const overview = useMemo(
    () => (streaming ? layout : orientFor(layout, portrait ? { width: 1, height: 2 } : { width: 2, height: 1 })),
    [layout, portrait, streaming],
  );
  const spotlight = useMemo(() => spotlightFor(scenario, focus, step), [scenario, focus, step]);
  const emphasis = useMemo(() => networkEmphasis(spotlight), [spotlight]);
  // The lens (one actor's view) redraws the network around that actor; other spotlights keep the overview.
  const focusId = spotlight.kind === 'lens' ? spotlight.actor : null;
  const seen = useMemo(() => (focusId ? perceptionsOf(indexScenario(scenario), focusId) : null), [scenario, focusId]);
  // In predict mode the lens keeps its secrets until the teacher reveals that actor's view:
  // no words under the nodes, and everyone on one ring (distance would give warmth away).
  const hiddenView = focusId !== null && predict && !revealed.includes(focusId);
  const [labelHalf, setLabelHalf] = useState(NODE_RADIUS + 60);
  const margin = useMemo(() => (size ? marginFor(size, labelHalf) : null), [size, labelHalf]);
  const aspect = size && margin ? innerAspect(size, margin) : 1;
  // With an actor selected, the network is redrawn around them (see layout/lens.ts). A big
  // network keeps its shape instead: a ring of hundreds says nothing.
  const target = useMemo(
    () => (focusId && seen && !streaming ? lensLayout(overview, focusId, hiddenView ? new Map() : seen, lensRadii(overview.size, aspect)) : overview),
    [overview, focusId, seen, aspect, hiddenView, streaming],
  );
  const bends = useMemo(() => parallelBends(scenario.relations), [scenario]);

  const nodeEls = useRef(new Map<string, SVGGElement>());
  const linkEls = useRef(new Map<string, SVGPathElement>());
  const transform = useRef<Transform>(IDENTITY);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const positionsRef = usePositionTween(target, reduceMotion || !size ? 0 : MOTION_MS, () => drawRef.current());

  // While a gesture runs on a big network, the SVG already drawn is moved and scaled as one
  // composited layer (one style write a frame), and drawn again, sharp, when the gesture ends.
  const gesture = useRef<{ drawn: Transform } | null>(null);
  const drawn = useRef<Transform>(IDENTITY);

  /** Writes every position for the current transform straight into the DOM. */
  const draw = useCallback(() => {
    const t = transform.current;
    const svg = svgRef.current;
    if (gesture.current && svg) {
      const from = gesture.current.drawn;
      const s = t.k / from.k;
      svg.style.transform = `translate(${t.x - from.x * s}px, ${t.y - from.y * s}px) scale(${s})`;
      return;
    }
    drawn.current = t;
    const positions = positionsRef.current;
    for (const [id, el] of nodeEls.current) {
      const p = positions.get(id);
      if (p) {
        const s = apply(t, p);
        el.setAttribute('transform', `translate(${s.x.toFixed(1)},${s.y.toFixed(1)})`);
      }
    }
    for (const r of scenario.relations) {
      const a = positions.get(r.source);
      const b = positions.get(r.target);
      if (a && b) linkEls.current.get(r.id)?.setAttribute('d', linkPath(apply(t, a), apply(t, b), GAP, r.directed ? GAP + 4 : GAP, bends.get(r.id) ?? 0));
    }
  }, [positionsRef, bends, scenario]);

  useLayoutEffect(() => {
    drawRef.current = draw;
    draw();
  });
  // The margin must hold the widest label at its real size (larger in presenter mode and for
  // the selected actor), so measure the labels whenever what they show can change.
  useLayoutEffect(() => {
    setLabelHalf(widestLabelHalf(nodeEls.current.values()));
  }, [scenario, presenting, focusId, size]);
  useEffect(() => {
    if (size) markReady();
  }, [size]);
  // Big networks drop labels, then shapes, when actors stand too close on screen to read.
  const updateDetail = () => {
    const svg = svgRef.current;
    const detail = streaming ? levelOfDetail(transform.current.k) : 'full';
    if (svg && !gesture.current && svg.dataset.detail !== detail) svg.dataset.detail = detail;
  };
  const zoom = useZoom(
    stageRef,
    (t) => {
      transform.current = t;
      draw();
      updateDetail();
    },
    {
      onGestureStart: () => {
        if (!streaming || !svgRef.current) return;
        gesture.current = { drawn: drawn.current };
        svgRef.current.style.willChange = 'transform';
      },
      onGestureEnd: () => {
        const svg = svgRef.current;
        if (!gesture.current || !svg) return;
        gesture.current = null;
        svg.style.transform = '';
        svg.style.willChange = '';
        draw();
        updateDetail();
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
  useLayoutEffect(() => {
    const z = zoom.current;
    if (!z || !size || !fit || !margin) return;
    const animate = !reduceMotion && lastSize.current === size;
    lastSize.current = size;
    const p = focusId ? target.get(focusId) : undefined;
    // In presenter mode nothing should move by itself beyond what a step asks for.
    z.zoomTo(p ? focusTransform(p, target.values(), size, margin) : fit, animate ? MOTION_MS : 0);
  }, [focusId, fit, size, margin, target, reduceMotion, zoom]);

  const register = useCallback((id: string, el: SVGGElement | null) => {
    if (el) nodeEls.current.set(id, el);
    else nodeEls.current.delete(id);
  }, []);

  const onKey = useCallback(
    (event: KeyboardEvent<SVGGElement>, id: string) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        selectActor(id);
        return;
      }
      // When presenting, the arrow keys belong to the walk-through (a clicker sends them).
      if (presenting) return;
      const dir = ARROW_KEYS[event.key];
      const positions = positionsRef.current;
      const from = positions.get(id);
      if (!dir || !from) return;
      event.preventDefault();
      const t = transform.current;
      const others = scenario.actors.flatMap((a) => {
        const p = positions.get(a.id);
        return a.id !== id && p ? [{ id: a.id, ...apply(t, p) }] : [];
      });
      const next = nearestInDirection(apply(t, from), others, dir);
      if (next) {
        setTabStop(next.id);
        nodeEls.current.get(next.id)?.focus();
      }
    },
    [positionsRef, scenario, selectActor, presenting],
  );

  const focusActor = focusId ? index.actors.get(focusId) : undefined;
  const pair = spotlight.kind === 'pair' ? [index.actors.get(spotlight.a), index.actors.get(spotlight.b)] : null;
  const tabbableId = tabStop && index.actors.has(tabStop) ? tabStop : (focusId ?? scenario.actors[0]?.id);

  return (
    <div className="network" id="network">
      {(focusActor || pair) && (
        <div className="network__lens">
          {focusActor ? (
            <p>
              Seen from <strong>{focusActor.label}</strong>&rsquo;s side.{' '}
              {hiddenView
                ? 'How they see the others stays hidden until their view is revealed.'
                : `The word under each actor says how ${focusActor.label} sees them; the closer they stand, the warmer the view.`}
            </p>
          ) : (
            <p>
              Comparing <strong>{pair?.[0]?.label}</strong> and <strong>{pair?.[1]?.label}</strong>: the two and the ties between them stand out.
            </p>
          )}
          <button type="button" className="button no-audience" onClick={showEvent}>
            Show everyone <kbd>Esc</kbd>
          </button>
        </div>
      )}
      <div className="network__stage" ref={stageRef}>
        <svg
          ref={svgRef}
          className="network__svg"
          width={size?.width ?? 0}
          height={size?.height ?? 0}
          role="group"
          aria-label={`Network of ${scenario.actors.length} actors${focusActor ? `, seen from ${focusActor.name}\u2019s side` : ''}`}
          aria-describedby="network-help"
        >
          <ArrowMarkers />
          <g className="links" aria-hidden="true">
            {scenario.relations.map((r) => (
              <path
                key={r.id}
                ref={(el) => {
                  if (el) linkEls.current.set(r.id, el);
                  else linkEls.current.delete(r.id);
                }}
                className={`link link--${r.type} link--${emphasis.link(r)}`}
                markerEnd={r.directed ? `url(#arrow-${emphasis.link(r)})` : undefined}
              />
            ))}
          </g>
          <g className="nodes">
            {scenario.actors.map((a) => (
              <ActorNode
                key={a.id}
                actor={a}
                emphasis={emphasis.node(a.id)}
                seenBy={
                  focusActor && a.id !== focusId && (!streaming || seen?.has(a.id))
                    ? { label: focusActor.label, perception: seen?.get(a.id), hidden: hiddenView }
                    : null
                }
                tabbable={a.id === tabbableId}
                onSelect={selectActor}
                onKey={onKey}
                register={register}
              />
            ))}
          </g>
        </svg>
        <p id="network-help" className="visually-hidden">
          Arrow keys move between actors; Enter or Space opens one&rsquo;s view; Escape returns to the event.
        </p>
        <ZoomControls
          onZoomIn={() => zoom.current?.scaleBy(1.4, reduceMotion ? 0 : 250)}
          onZoomOut={() => zoom.current?.scaleBy(1 / 1.4, reduceMotion ? 0 : 250)}
          onFit={() => fit && zoom.current?.zoomTo(fit, reduceMotion ? 0 : MOTION_MS)}
        />
      </div>
    </div>
  );
}
