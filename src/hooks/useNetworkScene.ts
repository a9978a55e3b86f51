import { useMemo } from 'react';
import { orientFor, parallelBends, type Point, type Size } from '../layout/geometry';
import { lensLayout, lensRadii } from '../layout/lens';
import { innerAspect, marginFor } from '../layout/viewport';
import { indexScenario } from '../model/lookup';
import { networkEmphasis, perceptionsOf } from '../model/perspective';
import type { Scenario } from '../model/schema';
import { spotlightFor } from '../model/spotlight';
import type { Shown } from '../network/emphasis';
import { selectFocus, selectPredict, selectRevealed, selectStep, useAppStore } from '../store/appStore';

interface Options {
  scenario: Scenario;
  /** The force layout, and whether a worker streams it (a big network). */
  layout: ReadonlyMap<string, Point>;
  streaming: boolean;
  size: Size | null;
  /** Half the widest label drawn, and the height of the banner over the network, as measured. */
  labelHalf: number;
  banner: number;
  nodeRadius: number;
}

/**
 * What the network shows for the store's focus: who is brought forward and how, the room
 * kept around the actors, and where each should stand. Memoised, so the controller and the
 * nodes see new values only when something changed.
 */
export function useNetworkScene({ scenario, layout, streaming, size, labelHalf, banner, nodeRadius }: Options) {
  const focus = useAppStore(selectFocus);
  const step = useAppStore(selectStep);
  const predict = useAppStore(selectPredict);
  const revealed = useAppStore(selectRevealed);
  const index = indexScenario(scenario);
  const portrait = size ? size.height > size.width : false;
  // A streamed layout is drawn from the very Map the worker updates, so it is used as it is.
  const overview = useMemo(
    () => (streaming ? layout : orientFor(layout, portrait ? { width: 1, height: 2 } : { width: 2, height: 1 })),
    [layout, portrait, streaming],
  );
  const spotlight = useMemo(() => spotlightFor(scenario, focus, step), [scenario, focus, step]);
  const emphasis = useMemo(() => networkEmphasis(spotlight), [spotlight]);
  // The lens (one actor's view) redraws the network around that actor; other spotlights keep the overview.
  const focusId = spotlight.kind === 'lens' ? spotlight.actor : null;
  const seen = useMemo(() => (focusId ? perceptionsOf(index, focusId) : null), [index, focusId]);
  // In predict mode the lens keeps its secrets until the teacher reveals that actor's view:
  // no words under the nodes, and everyone on one ring (distance would give warmth away).
  // In a big network even which actors the view covers would give it away.
  const hidden = focusId !== null && predict && !revealed.includes(focusId);
  const shownSeen = hidden ? null : seen;
  const margin = useMemo(() => (size ? marginFor(size, labelHalf, banner, nodeRadius) : null), [size, labelHalf, banner, nodeRadius]);
  const aspect = size && margin ? innerAspect(size, margin) : 1;
  // A big network keeps its shape when an actor is selected: a ring of hundreds says nothing.
  const target = useMemo(
    () => (focusId && seen && !streaming ? lensLayout(overview, focusId, shownSeen ?? new Map(), lensRadii(overview.size, aspect)) : overview),
    [overview, focusId, seen, shownSeen, aspect, streaming],
  );
  const bends = useMemo(() => parallelBends(scenario.relations), [scenario]);
  const focusActor = focusId ? index.actors.get(focusId) : undefined;
  const shown: Shown = { emphasis, layered: streaming, spotlit: spotlight.kind !== 'none', focus: focusActor, seen: shownSeen, hidden };
  const pair = spotlight.kind === 'pair' ? ([index.actors.get(spotlight.a), index.actors.get(spotlight.b)] as const) : null;
  // A big network keeps in view those the selected actor sees, close enough to read; a small one keeps everyone.
  const inView = useMemo(
    () => (streaming ? [...(shownSeen?.keys() ?? [])].flatMap((id) => target.get(id) ?? []) : [...target.values()]),
    [streaming, shownSeen, target],
  );
  return { index, overview, emphasis, focusId, focusActor, pair, hidden, shown, shownSeen, margin, target, bends, inView };
}
