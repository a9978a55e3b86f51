/**
 * Perspective lenses: what the network and the panel show when one actor is selected.
 * Plain functions over a scenario index; no React, no DOM.
 */
import type { ScenarioIndex } from './lookup';
import type { Actor, Issue, Perception, Relation, Stance } from './schema';

export type NodeEmphasis = 'focus' | 'seen' | 'context' | 'muted';
export type LinkEmphasis = 'focus' | 'context' | 'normal';

/** What the network brings forward: one actor's lens, a pair being compared, or a set of highlights. */
export type Spotlight =
  | { kind: 'none' }
  | { kind: 'lens'; actor: string }
  | { kind: 'pair'; a: string; b: string }
  | { kind: 'highlight'; actors: ReadonlySet<string>; relations: ReadonlySet<string> };

export interface NetworkEmphasis {
  node(actorId: string): NodeEmphasis;
  link(relation: Relation): LinkEmphasis;
}

/**
 * How each node and link is drawn under a spotlight. A lens brings forward the actor and
 * its ties and sees everyone else through it; a pair brings forward both actors and the
 * ties between them; highlights bring forward what they name; the rest steps back.
 */
export function networkEmphasis(spotlight: Spotlight): NetworkEmphasis {
  switch (spotlight.kind) {
    case 'none':
      return { node: () => 'context', link: () => 'normal' };
    case 'lens':
      return { node: (id) => nodeEmphasis(spotlight.actor, id), link: (r) => linkEmphasis(spotlight.actor, r) };
    case 'pair': {
      const inPair = (id: string) => id === spotlight.a || id === spotlight.b;
      return {
        node: (id) => (inPair(id) ? 'focus' : 'muted'),
        link: (r) => (inPair(r.source) && inPair(r.target) ? 'focus' : 'context'),
      };
    }
    case 'highlight':
      return {
        node: (id) => (spotlight.actors.has(id) ? 'focus' : 'muted'),
        link: (r) => (spotlight.relations.has(r.id) ? 'focus' : 'context'),
      };
  }
}

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

export interface PerceptionList {
  rows: PerceptionRow[];
  /** How many other actors the source is silent about that are left out of `rows`. */
  silentLeftOut: number;
}

/**
 * Up to this many other actors, every one is listed, with a gap where the source is silent
 * (a gap is worth discussing in class). A bigger network lists only the actors the source
 * covers, and counts the rest: thousands of gaps would bury the few views there are.
 */
export const LIST_GAPS_UP_TO = 40;

/** Every other actor in scenario order, with how the actor sees them (or a gap); see LIST_GAPS_UP_TO. */
export function perceptionRows(index: ScenarioIndex, actor: Actor, listGapsUpTo: number = LIST_GAPS_UP_TO): PerceptionList {
  const byActor = perceptionsOf(index, actor.id);
  const others = index.scenario.actors.filter((other) => other.id !== actor.id);
  const listed = others.length <= listGapsUpTo ? others : others.filter((other) => byActor.has(other.id));
  return {
    rows: listed.map((other) => ({ other, perception: byActor.get(other.id) })),
    silentLeftOut: others.length - listed.length,
  };
}
