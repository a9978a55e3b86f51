/**
 * Comparing two actors: where they agree issue by issue, how they see each other, and the
 * ties drawn between them. Plain functions over a scenario index; no React, no DOM.
 */
import type { ScenarioIndex } from './lookup';
import { perceptionsOf, stanceRows } from './perspective';
import type { Actor, Issue, Perception, Relation, Stance } from './schema';

/**
 * How two actors' stances on one issue compare.
 *
 * With both stances present:
 * - `agree`: both positions have the same sign (or are both 0) and differ by at most 1;
 * - `clash`: the positions have opposite signs (one above 0, the other below);
 * - `differ`: anything else (say 0 against +1, the middle against a side).
 *
 * With a stance missing, the source is silent on that side: `only-a` (only A has a
 * stance), `only-b` (only B has one) or `neither`.
 */
export type Agreement = 'agree' | 'clash' | 'differ' | 'only-a' | 'only-b' | 'neither';

/** Every agreement, in the order the summary reads them. */
export const AGREEMENTS: readonly Agreement[] = ['agree', 'clash', 'differ', 'only-a', 'only-b', 'neither'];

/** The rule documented on {@link Agreement}, for two positions or gaps. */
export function agreementOf(a: Stance | undefined, b: Stance | undefined): Agreement {
  if (!a && !b) return 'neither';
  if (!b) return 'only-a';
  if (!a) return 'only-b';
  const [sa, sb] = [Math.sign(a.position), Math.sign(b.position)];
  if (sa === sb && Math.abs(a.position - b.position) <= 1) return 'agree';
  if (sa * sb < 0) return 'clash';
  return 'differ';
}

export interface CompareRow {
  issue: Issue;
  /** Undefined where the source is silent on A's stance. */
  a: Stance | undefined;
  /** Undefined where the source is silent on B's stance. */
  b: Stance | undefined;
  agreement: Agreement;
}

/** Every issue in scenario order, with both actors' stances and how they compare. */
export function compareStances(index: ScenarioIndex, a: Actor, b: Actor): CompareRow[] {
  const bRows = stanceRows(index, b);
  return stanceRows(index, a).map(({ issue, stance }, i) => {
    const other = bRows[i]?.stance;
    return { issue, a: stance, b: other, agreement: agreementOf(stance, other) };
  });
}

/** How each actor regards the other; undefined where the source is silent. */
export function mutualPerceptions(
  index: ScenarioIndex,
  a: Actor,
  b: Actor,
): { aSeesB: Perception | undefined; bSeesA: Perception | undefined } {
  return { aSeesB: perceptionsOf(index, a.id).get(b.id), bSeesA: perceptionsOf(index, b.id).get(a.id) };
}

/** Relations drawn between the two actors, either way round, in scenario order. */
export function relationsBetween(index: ScenarioIndex, aId: string, bId: string): Relation[] {
  return (index.relationsOf.get(aId) ?? []).filter(
    (r) => (r.source === aId && r.target === bId) || (r.source === bId && r.target === aId),
  );
}

/** How many issues fall under each agreement. */
export function agreementCounts(rows: readonly CompareRow[]): Record<Agreement, number> {
  const counts: Record<Agreement, number> = { agree: 0, clash: 0, differ: 0, 'only-a': 0, 'only-b': 0, neither: 0 };
  for (const row of rows) counts[row.agreement] += 1;
  return counts;
}

/** Short words for each agreement; `agreementWords` puts the actors' names in. */
export const AGREEMENT_LABEL: Record<Agreement, string> = {
  agree: 'Agree',
  clash: 'Clash',
  differ: 'Differ',
  'only-a': 'Only one side speaks',
  'only-b': 'Only one side speaks',
  neither: 'Neither',
};

/** A symbol to go with the word, so the mark never rests on colour alone. */
export const AGREEMENT_SYMBOL: Record<Agreement, string> = {
  agree: '\u2713',
  clash: '\u2715',
  differ: '\u2260',
  'only-a': '\u2026',
  'only-b': '\u2026',
  neither: '\u2014',
};

/** What each agreement means, for a key under the summary. */
export const AGREEMENT_HELP: Record<Agreement, string> = {
  agree: 'on the same side of the scale, at most one step apart',
  clash: 'on opposite sides of the scale',
  differ: 'neither agreeing nor opposed, such as the middle against one side',
  'only-a': 'the source gives one side\u2019s stance only',
  'only-b': 'the source gives one side\u2019s stance only',
  neither: 'the source is silent on both',
};

/**
 * The agreement as a short phrase with names, for an issue's mark.
 * @example agreementWords('only-a', 'Putin', 'Trump') // "Only Putin speaks"
 */
export function agreementWords(agreement: Agreement, aName: string, bName: string): string {
  if (agreement === 'only-a') return `Only ${aName} speaks`;
  if (agreement === 'only-b') return `Only ${bName} speaks`;
  return AGREEMENT_LABEL[agreement];
}

/**
 * One line summing up the counts, leaving out the agreements that never occur.
 * @example agreementSummary(counts, 'Putin', 'Trump') // "Agree on 2 issues, clash on 3 and only Putin speaks on 1."
 */
export function agreementSummary(counts: Record<Agreement, number>, aName: string, bName: string): string {
  const verb: Record<Agreement, string> = {
    agree: 'agree on',
    clash: 'clash on',
    differ: 'differ on',
    'only-a': `only ${aName} speaks on`,
    'only-b': `only ${bName} speaks on`,
    neither: 'neither speaks on',
  };
  const parts = AGREEMENTS.filter((k) => counts[k] > 0).map((k, i) => {
    const n = counts[k];
    return i === 0 ? `${verb[k]} ${n} ${n === 1 ? 'issue' : 'issues'}` : `${verb[k]} ${n}`;
  });
  const last = parts.pop();
  if (last === undefined) return 'There are no issues to compare.';
  const text = parts.length === 0 ? last : `${parts.join(', ')} and ${last}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
