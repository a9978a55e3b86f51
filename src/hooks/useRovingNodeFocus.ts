import { useCallback, useState, type KeyboardEvent } from 'react';
import { apply, nearestInDirection, type Direction, type Point, type Transform } from '../layout/geometry';

const ARROW_KEYS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/** Where the actors are drawn, and their buttons (the network's controller answers these). */
export interface NodePlaces {
  positions(): ReadonlyMap<string, Point>;
  transform(): Transform;
  node(id: string): SVGGElement | undefined;
}

interface Options {
  actorIds: readonly string[];
  places: NodePlaces;
  /** When presenting, the arrow keys belong to the walk-through (a clicker sends them). */
  arrowsMove: boolean;
  onSelect(id: string): void;
}

/**
 * One tab stop for the whole network (a roving tabindex): arrow keys move the keyboard to
 * the nearest actor that way on screen, Enter or Space opens the actor.
 */
export function useRovingNodeFocus({ actorIds, places, arrowsMove, onSelect }: Options) {
  const [tabStop, setTabStop] = useState<string | null>(null);
  const onKey = useCallback(
    (event: KeyboardEvent<SVGGElement>, id: string) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(id);
        return;
      }
      if (!arrowsMove) return;
      const dir = ARROW_KEYS[event.key];
      const at = places.positions();
      const from = at.get(id);
      if (!dir || !from) return;
      event.preventDefault();
      const t = places.transform();
      const others = actorIds.flatMap((other) => {
        const p = at.get(other);
        return other !== id && p ? [{ id: other, ...apply(t, p) }] : [];
      });
      const next = nearestInDirection(apply(t, from), others, dir);
      if (next) {
        setTabStop(next.id);
        places.node(next.id)?.focus();
      }
    },
    [actorIds, places, arrowsMove, onSelect],
  );
  return { tabStop, onKey };
}
