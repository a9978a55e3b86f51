/**
 * What an actor's node in the network says to assistive technology. Its accessible name
 * begins with exactly the words the node shows (WCAG 2.5.3, Label in Name), so a
 * voice-control user who says "click Biden admin." reaches it; the longer description
 * follows.
 */
import type { Actor, Attitude } from './schema';
import { ATTITUDE_LABEL, KIND_LABEL } from './vocabulary';

/** How the selected actor sees the node's actor, as the node shows it. */
export interface SeenBy {
  /** The selected actor's short label. */
  label: string;
  attitude: Attitude | undefined;
  /** Predict mode: the selected actor's view is not revealed yet. */
  hidden?: boolean;
}

/** The word drawn under a node when another actor is selected: an attitude, "Silent", or "?" while hidden. */
export function seenWord(seenBy: SeenBy): string {
  if (seenBy.hidden) return '?';
  return seenBy.attitude ? ATTITUDE_LABEL[seenBy.attitude] : 'Silent';
}

function seenSentence(seenBy: SeenBy): string {
  if (seenBy.hidden) return `How ${seenBy.label} sees them is not revealed yet.`;
  if (seenBy.attitude) return `${seenBy.label} sees them as: ${ATTITUDE_LABEL[seenBy.attitude].toLowerCase()}.`;
  return `The source is silent on how ${seenBy.label} sees them.`;
}

/** Ends a phrase with a full stop unless it already ends with one ("Biden admin."). */
function stop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * The node's accessible name: the visible label (and the word under it), then who the actor
 * is and how the selected actor sees them.
 * @example nodeName(biden, { label: 'Trump', attitude: 'rival' })
 *   // "Biden admin. Rival. Biden administration, government: … Trump sees them as: rival."
 */
export function nodeName(actor: Actor, seenBy: SeenBy | null): string {
  const shown = seenBy ? `${stop(actor.label)} ${seenWord(seenBy)}` : actor.label;
  const who = `${actor.name}, ${KIND_LABEL[actor.kind].toLowerCase()}: ${actor.role.text}`;
  return [stop(shown), stop(who), seenBy ? seenSentence(seenBy) : ''].filter(Boolean).join(' ');
}
