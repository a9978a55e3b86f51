import type { Actor } from './schema';

export type Segment = { text: string; actorId?: string };

/** Names an actor goes by in running text: full name, network label, and the name without "The". */
export function aliasesOf(actor: Actor): string[] {
  const names = new Set([actor.name, actor.label, actor.name.replace(/^the\s+/i, '')]);
  return [...names].filter((n) => n.length >= 3);
}

/** Aliases by their first character, longest first, so a scan tries only those that can match. */
type Matcher = Map<string, { alias: string; actorId: string }[]>;

const matcherCache = new WeakMap<readonly Actor[], Matcher>();

function matcherFor(actors: readonly Actor[]): Matcher {
  const cached = matcherCache.get(actors);
  if (cached) return cached;
  const seen = new Set<string>();
  const byFirst: Matcher = new Map();
  for (const a of actors) {
    for (const alias of aliasesOf(a)) {
      if (seen.has(alias)) continue;
      seen.add(alias);
      const first = alias[0] ?? '';
      const list = byFirst.get(first) ?? [];
      list.push({ alias, actorId: a.id });
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((x, y) => y.alias.length - x.alias.length);
  matcherCache.set(actors, byFirst);
  return byFirst;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character ending just before `i` is a letter or digit (whole code points, so 𝐀 counts). */
function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

/** Whether the character starting at `i` is a letter or digit. */
function wordCharAt(text: string, i: number): boolean {
  const code = text.codePointAt(i);
  return code !== undefined && WORD_CHAR.test(String.fromCodePoint(code));
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
  const out: Segment[] = [];
  let last = 0;
  let i = 0;
  // A mention starts and ends at a word boundary: no letter or digit just before or after it.
  // (Scanning by first character stays fast with thousands of actors, where one regular
  // expression of every name took milliseconds per sentence.)
  while (i < text.length) {
    const candidates = wordCharBefore(text, i) ? undefined : matcher.get(text[i] ?? '');
    const hit = candidates?.find(({ alias }) => text.startsWith(alias, i) && !wordCharAt(text, i + alias.length));
    if (!hit) {
      i += 1;
      continue;
    }
    if (i > last) out.push({ text: text.slice(last, i) });
    out.push({ text: hit.alias, actorId: hit.actorId });
    i += hit.alias.length;
    last = i;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out.length ? out : [{ text }];
}
