/**
 * Finding an actor by name in a scenario too big to list: plain functions, no React.
 */
import { aliasesOf } from './mentions';
import type { Actor } from './schema';

/** Up to this many actors, the event view lists them all; a bigger scenario offers a search. */
export const LIST_ACTORS_UP_TO = 60;

/** Lower case, without accents, so "zelensky" finds "Zelenskyy" and "lopez" finds "López". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export interface Found {
  /** The first `limit` matches: names with a word that starts with the query's first word come first, then the rest, each in scenario order. */
  actors: Actor[];
  /** How many actors match in all. */
  total: number;
}

// Each actor's names as searched, folded once: a search as the reader types folds only the query.
const folded = new WeakMap<Actor, string[]>();

function searchedNames(actor: Actor): string[] {
  let names = folded.get(actor);
  if (!names) {
    names = aliasesOf(actor).concat(actor.name, actor.label).map(foldForSearch);
    folded.set(actor, names);
  }
  return names;
}

/**
 * The actors whose name, label or any alias contains every word of the query. An empty
 * query matches everyone, in scenario order (at once: the finder opens on it, and a
 * network of 5,000 actors need not fold every name before its first picture).
 */
export function findActors(actors: readonly Actor[], query: string, limit: number): Found {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const [first] = words;
  if (first === undefined) return { actors: actors.slice(0, limit), total: actors.length };
  const starts: Actor[] = [];
  const contains: Actor[] = [];
  for (const actor of actors) {
    const names = searchedNames(actor);
    if (!words.every((w) => names.some((n) => n.includes(w)))) continue;
    if (names.some((n) => n.startsWith(first) || n.includes(` ${first}`))) starts.push(actor);
    else contains.push(actor);
  }
  const all = starts.concat(contains);
  return { actors: all.slice(0, limit), total: all.length };
}
