import type { Actor } from './schema';

export type Segment = { text: string; actorId?: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names an actor goes by in running text: full name, network label, and the name without "The". */
export function aliasesOf(actor: Actor): string[] {
  const names = new Set([actor.name, actor.label, actor.name.replace(/^the\s+/i, '')]);
  return [...names].filter((n) => n.length >= 3);
}

const matcherCache = new WeakMap<readonly Actor[], { re: RegExp; byAlias: Map<string, string> } | null>();

function matcherFor(actors: readonly Actor[]) {
  if (matcherCache.has(actors)) return matcherCache.get(actors) ?? null;
  const byAlias = new Map<string, string>();
  for (const a of actors) for (const alias of aliasesOf(a)) if (!byAlias.has(alias)) byAlias.set(alias, a.id);
  const aliases = [...byAlias.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp);
  const matcher = aliases.length ? { re: new RegExp(`(?<![\\p{L}\\p{N}])(${aliases.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byAlias } : null;
  matcherCache.set(actors, matcher);
  return matcher;
}

/**
 * Splits text into plain runs and mentions of actors, so that every actor named in a view
 * can link to that actor's own view. The longest name wins ("Jared Kushner" over "Kushner").
 *
 * @example splitMentions('Putin met Witkoff.', actors)
 * // [{ text: 'Putin', actorId: 'putin' }, { text: ' met ' }, { text: 'Witkoff', actorId: 'witkoff' }, { text: '.' }]
 */
export function splitMentions(text: string, actors: readonly Actor[]): Segment[] {
  const matcher = matcherFor(actors);
  if (!matcher) return [{ text }];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(matcher.re)) {
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: m[0], actorId: matcher.byAlias.get(m[0]) });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
