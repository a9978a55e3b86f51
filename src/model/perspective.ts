/**
 * Perspective lenses: what the network and the panel show when one actor is selected.
 * Plain functions over a scenario index; no React, no DOM.
 */
import type { ScenarioIndex } from './lookup';
import type { Actor, Issue, Perception, Relation, Stance } from './schema';

export type NodeEmphasis = 'focus' | 'seen' | 'context';
export type LinkEmphasis = 'focus' | 'context' | 'normal';

/** How the selected actor regards each other actor, by id (absent where the source is silent). */
export function perceptionsOf(index: ScenarioIndex, focusId: string): ReadonlyMap<string, Perception> {
  const focus = index.actors.get(focusId);
  return new Map((focus?.view.sees ?? []).map((p) => [p.actor, p]));
}

/** With no selection every node is plain context; with one, the focus stands out and the rest are seen through it. */
export function nodeEmphasis(focusId: string | null, actorId: string): NodeEmphasis {
  if (focusId === null) return 'context';
  return actorId === focusId ? 'focus' : 'seen';
}

/** Relations touching the selected actor stand out; the others step back. */
export function linkEmphasis(focusId: string | null, relation: Relation): LinkEmphasis {
  if (focusId === null) return 'normal';
  return relation.source === focusId || relation.target === focusId ? 'focus' : 'context';
}

export interface StanceRow {
  issue: Issue;
  /** Undefined where the source says nothing about this actor on this issue. */
  stance: Stance | undefined;
}

/** Every issue in scenario order, with the actor's stance or a gap where the source is silent. */
export function stanceRows(index: ScenarioIndex, actor: Actor): StanceRow[] {
  const byIssue = new Map(actor.view.stances.map((s) => [s.issue, s]));
  return index.scenario.issues.map((issue) => ({ issue, stance: byIssue.get(issue.id) }));
}

export interface PerceptionRow {
  other: Actor;
  perception: Perception | undefined;
}

/** Every other actor in scenario order, with how the actor sees them (or a gap). */
export function perceptionRows(index: ScenarioIndex, actor: Actor): PerceptionRow[] {
  const byActor = perceptionsOf(index, actor.id);
  return index.scenario.actors
    .filter((other) => other.id !== actor.id)
    .map((other) => ({ other, perception: byActor.get(other.id) }));
}
