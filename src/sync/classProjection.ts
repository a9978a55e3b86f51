/**
 * What a class session puts on the projector, for an audience window to show: the join code
 * and link, how many joined, and the question with its answers as the teacher's console has
 * them. The console writes it; the presenter's sync sends it to the audience window, which
 * shows it (components/class/ClassProjector.tsx). Plain state with listeners; no DOM.
 */
import type { Stage } from '../class/protocol';

export interface ClassProjection {
  code: string;
  /** The join link, when the join code is shown. */
  link: string | null;
  joined: number;
  answered: number;
  /** How many gave each answer to the current question, live. */
  tally: Record<string, number>;
  stage: Stage | null;
}

let current: ClassProjection | null = null;
const listeners = new Set<() => void>();

export function project(next: ClassProjection | null): void {
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  current = next;
  for (const l of listeners) l();
}

export function projection(): ClassProjection | null {
  return current;
}

export function onProjection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
