/**
 * Who the network shows how, under a spotlight: each actor's emphasis, the word under them,
 * and, in a big network, the few drawn again over the veil. Pure; no DOM.
 */
import type { SeenBy } from '../model/nodeName';
import type { NetworkEmphasis, NodeEmphasis } from '../model/perspective';
import type { Actor, Perception, Relation } from '../model/schema';

export interface Shown {
  emphasis: NetworkEmphasis;
  /** A big network: a selection veils the crowd and raises the few it touches. */
  layered: boolean;
  /** Something is brought forward (an actor's view, a pair, highlights of a step). */
  spotlit: boolean;
  /** The actor whose view is shown, if any. */
  focus: Actor | undefined;
  /** How the focus sees the others; null while predict mode keeps that view hidden. */
  seen: ReadonlyMap<string, Perception> | null;
  /** Predict mode: the focus's view is not revealed yet. */
  hidden: boolean;
}

/**
 * How an actor is drawn. A big network brings forward only the focus and those whose
 * place in the view may be shown; everyone else stays plain context behind the veil.
 */
export function shownEmphasis(s: Shown, id: string): NodeEmphasis {
  const e = s.emphasis.node(id);
  if (!s.layered || e === 'focus') return e;
  return e === 'seen' && s.seen?.has(id) ? 'seen' : 'context';
}

/** The word under an actor: how the focus sees them (none under the focus, and none a big network may not show). */
export function seenByOf(s: Shown, id: string): SeenBy | null {
  if (!s.focus || id === s.focus.id || (s.layered && !s.seen?.has(id))) return null;
  return { label: s.focus.label, attitude: s.seen?.get(id)?.attitude, hidden: s.hidden };
}

/**
 * What a big network draws again over its veil: the ties a spotlight brings forward, the
 * actors at their ends and any others it brings forward, and the actor with the keyboard
 * focus (so their focus ring is never hidden by the crowd). The focus comes last, on top.
 */
export function raisedOf(
  s: Shown,
  actors: readonly Actor[],
  relations: readonly Relation[],
  keyFocus: string | null,
): { links: Relation[]; actors: Actor[] } {
  if (!s.layered) return { links: [], actors: [] };
  const veil = s.spotlit;
  const links = veil ? relations.filter((r) => s.emphasis.link(r) === 'focus') : [];
  const linked = new Set(links.flatMap((r) => [r.source, r.target]));
  const raised = actors
    .filter((a) => a.id === keyFocus || (veil && (linked.has(a.id) || shownEmphasis(s, a.id) !== 'context')))
    .sort((a, b) => Number(a.id === s.focus?.id) - Number(b.id === s.focus?.id));
  return { links, actors: raised };
}
