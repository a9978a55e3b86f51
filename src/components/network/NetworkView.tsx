import { Suspense, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type Ref } from 'react';
import { useElementSize } from '../../hooks/useElementSize';
import { useForceLayout } from '../../hooks/useForceLayout';
import { useMediaQuery, usePrefersReducedMotion } from '../../hooks/useMediaQuery';
import { useNetworkScene } from '../../hooks/useNetworkScene';
import { useProgressiveCount } from '../../hooks/useProgressiveCount';
import { useRovingNodeFocus } from '../../hooks/useRovingNodeFocus';
import { afterPaint, markDrawn, markReady, motionStarted } from '../../milestones';
import type { Point } from '../../layout/geometry';
import { streamsLayout } from '../../layout/forceLayout';
import type { Scenario } from '../../model/schema';
import type { Shown } from '../../network/emphasis';
import { MOTION_MS, NetworkController } from '../../network/controller';
import { NetworkEditLayer } from '../../lazyViews';
import { selectPresenting, useAppActions, useAppStore } from '../../store/appStore';
import { NODE_RADIUS } from './ActorNode';
import { ArrowMarkers } from './ArrowMarkers';
import { LensBanner } from './LensBanner';
import { NetworkLayers } from './NetworkLayers';
import { ZoomControls } from './ZoomControls';

/** Half a label's width when labels are not measured (a big network). */
const DEFAULT_LABEL_HALF = NODE_RADIUS + 60;
/** A big network mounts this many actors a frame, so no single frame blocks for long. */
const MOUNT_CHUNK = 250;

/** What the page may ask of the network: the skip link moves the keyboard into it; export takes its picture. */
export interface NetworkHandle {
  /** Focuses the actor the Tab key would reach first. */
  focusActor(): void;
  /** The view as it stands, for a picture of it (see export/picture.ts); null before it is sized. */
  scene(): NetworkSceneNow | null;
}

/** Where every actor stands in the view on screen, how each is shown, and the stage's shape. */
export interface NetworkSceneNow {
  positions: ReadonlyMap<string, Point>;
  shown: Shown;
  bends: ReadonlyMap<string, number>;
  /** The stage's height over its width. */
  aspect: number;
}

/**
 * The force network: React's binding of the network controller (see network/controller.ts),
 * which owns the view, its gestures and the drawing. React renders only when the scenario or
 * the selection change; zoom frames and layout ticks never reach it.
 */
export function NetworkView({ scenario, handle }: { scenario: Scenario; handle?: Ref<NetworkHandle> }) {
  const presenting = useAppStore(selectPresenting);
  // A draft open in the editor can be edited in the network too (loaded with the editor).
  const editing = useAppStore((s) => s.origin.kind === 'draft') && !presenting;
  const { selectActor, showEvent } = useAppActions();
  const reduceMotion = usePrefersReducedMotion();
  const dark = useMediaQuery('(prefers-color-scheme: dark)');
  const stageRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(stageRef);
  const [controller] = useState(() => new NetworkController({ nodeRadius: NODE_RADIUS, onMotion: motionStarted }));
  const mounted = useProgressiveCount(scenario.actors, MOUNT_CHUNK, streamsLayout(scenario));
  const allMounted = mounted === scenario.actors.length;
  const { layout, streaming, version } = useForceLayout(scenario, controller.layoutUpdated, allMounted);
  // Measured from what is drawn: the margin holds the widest label and clears the banner.
  const [labelHalf, setLabelHalf] = useState(DEFAULT_LABEL_HALF);
  const [banner, setBanner] = useState(0);
  const net = useNetworkScene({ scenario, layout, streaming, size, labelHalf, banner, nodeRadius: NODE_RADIUS });
  const [keyFocus, setKeyFocus] = useState<string | null>(null);
  const actorIds = useMemo(() => scenario.actors.map((a) => a.id), [scenario]);
  const { tabStop, onKey } = useRovingNodeFocus({ actorIds, places: controller, arrowsMove: !presenting, onSelect: selectActor });
  const tabbableId = tabStop && net.index.actors.has(tabStop) ? tabStop : (net.focusId ?? scenario.actors[0]?.id);
  useImperativeHandle(
    handle,
    () => ({
      focusActor: () => (tabbableId ? controller.node(tabbableId)?.focus() : undefined),
      scene: () => (size ? { positions: net.target, shown: net.shown, bends: net.bends, aspect: size.height / size.width } : null),
    }),
    [controller, tabbableId, size, net.target, net.shown, net.bends],
  );

  useLayoutEffect(() => {
    if (stageRef.current && svgRef.current) controller.attach(stageRef.current, svgRef.current);
    return () => controller.destroy();
  }, [controller]);
  useEffect(() => controller.on('select', selectActor), [controller, selectActor]);
  const canvasRef = useCallback((el: HTMLCanvasElement | null) => controller.setCanvas(el), [controller]);
  // What the controller draws, before it draws: every render, in this order.
  useLayoutEffect(() => {
    controller.setScenario({ index: net.index, bends: net.bends, layered: streaming, layout, relations: scenario.relations });
    controller.setSize(size);
    controller.setTheme(`${dark ? 'dark' : 'light'} ${presenting ? 'present' : 'explore'}`);
  });
  const tweenMs = reduceMotion || !size ? 0 : MOTION_MS;
  useLayoutEffect(() => controller.setTarget(net.target, tweenMs), [controller, net.target, tweenMs]);
  useLayoutEffect(() => controller.draw());
  // A big network is not measured: that would lay out thousands of actors, and from far
  // enough to see it whole its labels give way anyway (see layout/lod.ts).
  useLayoutEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a measurement of the drawn labels, which only a layout effect can take
    setLabelHalf(streaming ? DEFAULT_LABEL_HALF : controller.widestLabelHalf());
  }, [controller, scenario, presenting, net.focusId, size, streaming]);
  const bannerShows = `${net.focusId} ${net.hidden} ${net.pair?.map((a) => a?.id).join()}`;
  useLayoutEffect(() => {
    setBanner(bannerRef.current?.offsetHeight ?? 0);
  }, [bannerShows, presenting, size?.width]);
  // Marked once the frame that shows the network has been painted.
  useEffect(() => {
    if (!size || !allMounted) return;
    const id = scenario.id;
    afterPaint(() => {
      markDrawn(id);
      markReady();
    });
  }, [size, allMounted, scenario.id]);
  // A layout effect, so a glide has begun (data-settled is false) once the click that asked for it is handled.
  useLayoutEffect(() => {
    if (size && net.margin) controller.setView({ size, margin: net.margin, overview: net.overview, version, focusId: net.focusId, inView: net.inView, reduceMotion });
  }, [controller, size, net.margin, net.overview, version, net.focusId, net.inView, reduceMotion, net.target, layout]);

  // An actor reached by keyboard is brought into view; in a big network it is also raised.
  const onNodeFocus = useCallback(
    (e: FocusEvent<SVGGElement>) => {
      const id = e.target.getAttribute('data-actor');
      const byKeyboard = id !== null && e.target.matches(':focus-visible');
      if (streaming) setKeyFocus(byKeyboard ? id : null);
      if (byKeyboard) controller.focusOn(id, reduceMotion ? 0 : 250);
    },
    [controller, streaming, reduceMotion],
  );
  const quick = reduceMotion ? 0 : 250;
  const veil = streaming && net.shown.spotlit;
  return (
    <div className="network" id="network">
      {net.focusActor ? (
        <LensBanner ref={bannerRef} lens={{ actor: net.focusActor, hidden: net.hidden }} onShowEveryone={showEvent} />
      ) : (
        net.pair && <LensBanner ref={bannerRef} lens={{ pair: [net.pair[0], net.pair[1]] }} onShowEveryone={showEvent} />
      )}
      <div className="network__stage" ref={stageRef}>
        {streaming && <canvas ref={canvasRef} className="network__links" data-dim={veil ? 'true' : undefined} aria-hidden="true" />}
        <svg
          ref={svgRef}
          className="network__svg"
          width={size?.width ?? 0}
          height={size?.height ?? 0}
          role="group"
          aria-label={`Network of ${scenario.actors.length} actors${net.focusActor ? `, seen from ${net.focusActor.name}\u2019s side` : ''}`}
          aria-describedby="network-help"
          data-layered={streaming ? 'true' : undefined}
          {...controller.pointerHandlers}
        >
          <ArrowMarkers />
          <NetworkLayers
            scenario={scenario}
            actors={allMounted ? scenario.actors : scenario.actors.slice(0, mounted)}
            shown={net.shown}
            controller={controller}
            tabbableId={tabbableId}
            keyFocus={keyFocus}
            onSelect={selectActor}
            onKey={onKey}
            onNodeFocus={onNodeFocus}
            onNodeBlur={() => setKeyFocus(null)}
          />
        </svg>
        <p id="network-help" className="visually-hidden">
          Arrow keys move between actors; Enter or Space opens one&rsquo;s view; Escape returns to the event.
        </p>
        {editing && (
          <Suspense fallback={null}>
            <NetworkEditLayer stage={stageRef} />
          </Suspense>
        )}
        <ZoomControls
          onZoomIn={() => controller.zoomBy(1.4, quick)}
          onZoomOut={() => controller.zoomBy(1 / 1.4, quick)}
          onFit={() => controller.fit(reduceMotion ? 0 : MOTION_MS)}
        />
      </div>
    </div>
  );
}
