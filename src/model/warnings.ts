/**
 * Slips a machine can see in a valid scenario: claims that say more than their own words
 * allow. Unlike the validator's errors these never refuse a file; they point an author at
 * a place to read again. Each names its JSON path, as the errors do:
 * `actors[0].view.stances[1]: its text says the source is silent ("gives no"), …`.
 *
 * A citation of a section that does not exist needs no warning here: the validator
 * already refuses it (`….ref: no section "x" in source "y"`), so a validated scenario never
 * has one.
 */
import type { Scenario } from './schema';

export interface ScenarioWarning {
  /** Where, as in the validator's errors: `actors[0].view.sees[2]`. */
  path: string;
  message: string;
}

// Phrasings that say the source gives nothing on the point. "Gives no words from him" is
// left out on purpose: it is an honest hedge on a position that rests on what an actor did,
// and a warning there would teach authors to drop the hedge.
const SILENCE: readonly RegExp[] = [
  /\bsilen(?:t|ce)\b/i,
  /\b(?:does|do|did)\s+not\s+say\b/i,
  /\b(?:doesn|don|didn)['\u2019]t\s+say\b/i,
  /\b(?:says|say|said)\s+nothing\b/i,
  /\b(?:gives|give|gave)\s+(?:no|nothing)\b(?!\s+(?:words?|quotes?|quotations?)\b)/i,
  /\bis\s+not\s+known\b/i,
];

/**
 * The phrase in `text` that says the source is silent or gives nothing, or null.
 * @example silencePhrase('The article gives no Russian terms.') // 'gives no'
 */
export function silencePhrase(text: string): string | null {
  for (const pattern of SILENCE) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}

// A quotation is an opening mark, something, and its closing mark. Single marks count only
// at a word's edge, so the apostrophes in "Putin's" or "the envoys' trip" are not quotes.
const QUOTATIONS: readonly RegExp[] = [
  /"[^"]*[^\s"][^"]*"/u,
  /\u201c[^\u201d]*[^\s\u201d][^\u201d]*\u201d/u,
  /\u201e[^\u201c\u201d]*[^\s\u201c\u201d][^\u201c\u201d]*[\u201c\u201d]/u,
  /\u00ab[^\u00bb]*[^\s\u00bb][^\u00bb]*\u00bb/u,
  /\u00bb[^\u00ab]*[^\s\u00ab][^\u00ab]*\u00ab/u,
  /\u2039[^\u203a]*[^\s\u203a][^\u203a]*\u203a/u,
  /(?<![\p{L}\p{N}])'(?=\S).*?(?<=\S)'(?![\p{L}\p{N}])/u,
  /(?<![\p{L}\p{N}])\u2018(?=\S).*?(?<=\S)\u2019(?![\p{L}\p{N}])/u,
];

/**
 * True when `text` quotes someone: it holds a pair of quotation marks around some words.
 * @example quotesSomeone('He called it “a fair deal”.') // true
 * @example quotesSomeone('Putin’s guests were the envoys’ pair.') // false
 */
export function quotesSomeone(text: string): boolean {
  return QUOTATIONS.some((pattern) => pattern.test(text));
}

interface Based {
  text: string;
  basis: string;
}

/** Every warning for a validated scenario, in file order; an empty list when there is none. */
export function scenarioWarnings(s: Scenario): ScenarioWarning[] {
  const warnings: ScenarioWarning[] = [];
  const stated = (item: Based, path: string, field = 'text') => {
    if (item.basis === 'stated' && !quotesSomeone(item.text)) {
      warnings.push({ path, message: `marked "stated", but its ${field} quotes no one; quote the words that were said, or mark it "reported"` });
    }
  };

  s.actors.forEach((a, i) => {
    const at = `actors[${i}]`;
    stated(a.role, `${at}.role`);
    if (a.added) stated(a.added, `${at}.added`);
    const v = a.view;
    stated(v.headline, `${at}.view.headline`);
    for (const key of ['wants', 'outcome', 'fears'] as const) {
      v[key].forEach((c, j) => stated(c, `${at}.view.${key}[${j}]`));
    }
    v.stances.forEach((st, j) => {
      const path = `${at}.view.stances[${j}]`;
      const phrase = silencePhrase(st.text);
      if (phrase) {
        warnings.push({
          path,
          message: `its text says the source is silent ("${phrase}"), yet it gives position ${st.position}; leave the stance out so the app says the source is silent, or say what the position rests on`,
        });
      }
      stated(st, path);
    });
    v.sees.forEach((p, j) => {
      const path = `${at}.view.sees[${j}]`;
      const phrase = silencePhrase(p.text);
      if (phrase) {
        warnings.push({
          path,
          message: `its text says the source is silent ("${phrase}"), yet it gives the attitude "${p.attitude}"; leave the line out so the app says the source is silent, or say what the attitude rests on`,
        });
      }
      stated(p, path);
    });
  });

  s.relations.forEach((r, i) => stated({ text: r.label, basis: r.basis }, `relations[${i}]`, 'label'));
  return warnings;
}

/** A warning as one line: `actors[0].view.sees[2]: …`, like the validator's errors. */
export function formatWarning(w: ScenarioWarning): string {
  return `${w.path}: ${w.message}`;
}
