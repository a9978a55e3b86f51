import { useEffect, useMemo, useRef, useState } from 'react';
import { LAYOUT_PARAMS, layoutShape, remembered, startPositions, streamsLayout } from '../layout/forceLayout';
import { networkLayout } from '../layout/multilevel';
import type { Point } from '../layout/geometry';
import { startLayoutStream } from '../layout/layoutStream';
import { motionStarted } from '../milestones';
import type { Scenario } from '../model/schema';

export interface ForceLayout {
  /**
   * Positions by actor id. For a big network this one Map is updated in place as the
   * worker streams positions (each update calls `onUpdate`); nothing re-renders.
   */
  layout: ReadonlyMap<string, Point>;
  /** Whether positions stream in from a worker (a big network). */
  streaming: boolean;
  /** Counts finished layouts, so effects that fit the view can run again at the end. */
  version: number;
}

/**
 * Small and middling networks are laid out before the first paint, on the main thread: from
 * many seeded starts, or in levels from 30 actors (see networkLayout). Big ones are drawn
 * at once from their seeded start and settle in a Web Worker, so the page never blocks; the
 * final picture is the same on every load. The
 * layout follows the network's shape (see `layoutShape`), not each new version of the
 * scenario: as an author edits a sentence, nothing moves and nothing is laid out again.
 */
export function useForceLayout(edited: Scenario, onUpdate: () => void, drawn = true): ForceLayout {
  // Once per version of the scenario: NetworkView also renders for a new size or selection.
  const shape = useMemo(() => layoutShape(edited), [edited]);
  // The first version of the scenario with this shape stands for all of them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the shape on purpose (see above)
  const scenario = useMemo(() => edited, [shape]);
  const streaming = streamsLayout(scenario);
  const layout = useMemo(
    () => (streaming ? startPositions(scenario, LAYOUT_PARAMS, 0) : networkLayout(scenario)),
    [scenario, streaming],
  );
  const [version, setVersion] = useState(0);
  const update = useRef(onUpdate);
  // While a big network is still being mounted (a chunk a frame), the worker's positions wait:
  // placing every mounted actor again at each update made the first picture of 5,000 actors
  // about 750 ms later. Actors mounted meanwhile stand at the start, as those before them do.
  const allDrawn = useRef(drawn);
  const flush = useRef<(() => void) | null>(null);
  useEffect(() => {
    update.current = onUpdate;
    allDrawn.current = drawn;
  });
  useEffect(() => {
    if (drawn) flush.current?.();
  }, [drawn]);

  useEffect(() => {
    if (!streaming) return;
    const target = layout as Map<string, Point>;
    const ids = scenario.actors.map((a) => a.id);
    // In a worker started while the scenario was checked, if it came from a file or a link.
    const stream = startLayoutStream(scenario);
    const stopped = motionStarted();
    // The worker may post faster than the page draws (5,000 actors take a while to place):
    // only the latest positions are drawn, once a frame.
    let latest: Float32Array | null = null;
    let frame = 0;
    const apply = () => {
      frame = 0;
      const positions = latest;
      latest = null;
      if (!positions) return;
      ids.forEach((id, i) => target.set(id, { x: positions[i * 2] ?? 0, y: positions[i * 2 + 1] ?? 0 }));
      update.current();
    };
    let ended = false;
    flush.current = () => {
      if (!latest || !allDrawn.current) return;
      if (!ended) {
        frame ||= requestAnimationFrame(apply);
        return;
      }
      cancelAnimationFrame(frame);
      apply();
      // The same layout print would compute (see networkLayout): kept, so printing a big
      // network's handouts does not lay it out again on the page.
      remembered(scenario, () => new Map(target));
      setVersion((v) => v + 1);
      stopped();
    };
    stream.listen(({ positions, done }) => {
      latest = positions;
      ended = done;
      flush.current?.();
    });
    return () => {
      flush.current = null;
      cancelAnimationFrame(frame);
      stream.stop();
      stopped();
    };
  }, [scenario, layout, streaming]);

  return { layout, streaming, version };
}
