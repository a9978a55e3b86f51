/**
 * Undo and redo for the editor: a list of whole documents (each edit makes a new one and
 * shares the rest), with typing coalesced into word-sized steps. Pure; no DOM.
 */

/** How many steps are kept back. */
export const HISTORY_LIMIT = 250;

export interface History<T> {
  past: readonly T[];
  present: T;
  future: readonly T[];
  /** The field the last step typed into, while typing there may still join it. */
  typing: string | null;
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], typing: null };
}

/**
 * Records an edit. `field` names the field typed into (a path): typing on in the same
 * field joins the last step until a word ends (the text typed so far ends in a space or
 * punctuation), so Undo takes back a word, not a letter. Other edits are steps of their own.
 */
export function record<T>(h: History<T>, next: T, field: string | null = null, typed = ''): History<T> {
  if (next === h.present) return h;
  const joins = field !== null && field === h.typing;
  const past = joins ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  const wordEnded = /[\s.,;:!?)]$/.test(typed);
  return { past, present: next, future: [], typing: field !== null && !wordEnded ? field : null };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past.at(-1);
  if (previous === undefined) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], typing: null };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1), typing: null };
}

/** Ends the typing step (the field lost focus): the next keystroke starts a new one. */
export function settle<T>(h: History<T>): History<T> {
  return h.typing === null ? h : { ...h, typing: null };
}
