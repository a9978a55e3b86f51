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

/**
 * The actors whose name, label or any alias contains every word of the query. An empty
 * query matches everyone, in scenario order.
 */
export function findActors(actors: readonly Actor[], query: string, limit: number): Found {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const starts: Actor[] = [];
  const contains: Actor[] = [];
  for (const actor of actors) {
    const names = aliasesOf(actor).concat(actor.name, actor.label).map(foldForSearch);
    if (!words.every((w) => names.some((n) => n.includes(w)))) continue;
    const first = words[0];
    if (first === undefined || names.some((n) => n.startsWith(first) || n.includes(` ${first}`))) starts.push(actor);
    else contains.push(actor);
  }
  const all = starts.concat(contains);
  return { actors: all.slice(0, limit), total: all.length };
}
