/**
 * Questions a teacher asks a class, in words: what is asked, the answers a phone offers, how
 * the class answered, what the scenario itself says (the reveal), and the results file.
 * Pure; no DOM.
 */
import { ATTITUDES, POSITION_MAX, POSITION_MIN } from '../model/constants';
import type { Basis, Scenario } from '../model/schema';
import { ATTITUDE_LABEL, positionWords, signedPosition } from '../model/vocabulary';
import type { AnswerMessage, Question, RecordedAnswer } from './protocol';

const actorName = (scenario: Scenario, id: string) => scenario.actors.find((a) => a.id === id)?.name ?? id;

/** The question as the class reads it. */
export function questionText(scenario: Scenario, q: Question): string {
  switch (q.kind) {
    case 'stance': {
      const issue = scenario.issues.find((i) => i.id === q.issue);
      return `Where does ${actorName(scenario, q.actor)} stand on ${issue ? issue.label.toLowerCase() : q.issue}?`;
    }
    case 'view':
      return `How does ${actorName(scenario, q.actor)} see ${actorName(scenario, q.other)}?`;
    case 'poll':
    case 'text':
      return q.prompt;
  }
}

export interface Choice {
  value: string | number;
  label: string;
  /** A second line under the label (a stance's words). */
  detail?: string;
}

/** The answers a phone offers (none for a short answer, which is typed). */
export function choices(scenario: Scenario, q: Question): Choice[] {
  switch (q.kind) {
    case 'stance': {
      const issue = scenario.issues.find((i) => i.id === q.issue);
      const out: Choice[] = [];
      for (let p = POSITION_MIN; p <= POSITION_MAX; p++) out.push({ value: p, label: signedPosition(p), detail: issue ? positionWords(p, issue.low, issue.high) : undefined });
      return out;
    }
    case 'view':
      return ATTITUDES.map((a) => ({ value: a, label: ATTITUDE_LABEL[a] }));
    case 'poll':
      return q.options.map((id) => ({ value: id, label: actorName(scenario, id) }));
    case 'text':
      return [];
  }
}

/** An answer in words: "Leans to: Stop the fighting soon (+1)". */
export function answerWords(scenario: Scenario, q: Question, value: AnswerMessage['value']): string {
  const choice = choices(scenario, q).find((c) => c.value === value);
  if (!choice) return String(value);
  return choice.detail ? `${choice.detail} (${choice.label})` : choice.label;
}

/** How many gave each answer (the latest answer of each student counts). */
export function tallyOf(q: Question, answers: readonly RecordedAnswer[]): Record<string, number> {
  const tally: Record<string, number> = {};
  for (const a of answers) if (a.question === q.id) tally[String(a.value)] = (tally[String(a.value)] ?? 0) + 1;
  return tally;
}

/** What the scenario says, for the reveal: the answer with its basis and source section, or that the source is silent. */
export type SourceAnswer = { value: string | number; words: string; text: string; basis: Basis; ref: string } | { silent: string } | null;

export function sourceAnswer(scenario: Scenario, q: Question): SourceAnswer {
  const actor = scenario.actors.find((a) => a.id === (q.kind === 'stance' || q.kind === 'view' ? q.actor : ''));
  if (q.kind === 'stance') {
    const stance = actor?.view.stances.find((s) => s.issue === q.issue);
    if (!stance) return { silent: `The source is silent on where ${actor?.name ?? q.actor} stands on this.` };
    return { value: stance.position, words: answerWords(scenario, q, stance.position), text: stance.text, basis: stance.basis, ref: stance.ref };
  }
  if (q.kind === 'view') {
    const seen = actor?.view.sees.find((p) => p.actor === q.other);
    if (!seen) return { silent: `The source is silent on how ${actor?.name ?? q.actor} sees ${actorName(scenario, q.other)}.` };
    if (!seen.attitude) return { silent: seen.text };
    return { value: seen.attitude, words: ATTITUDE_LABEL[seen.attitude], text: seen.text, basis: seen.basis, ref: seen.ref };
  }
  return null;
}

/** A CSV cell: quoted, quotes doubled, and a leading = + - @ defused so a spreadsheet never runs it as a formula. */
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The results file: one row per answer, under the question it answers. A student's name
 * appears only if they chose to give one; otherwise the row says "student 3" (numbered in
 * the order they first answered, the same number in every question).
 */
export function resultsCsv(scenario: Scenario, asked: readonly Question[], answers: readonly (RecordedAnswer & { student: string })[]): string {
  const numbers = new Map<string, number>();
  for (const a of answers) if (!numbers.has(a.student)) numbers.set(a.student, numbers.size + 1);
  const rows = [['question', 'kind', 'answer', 'source answer', 'student', 'time'].map(cell).join(',')];
  for (const q of asked) {
    const source = sourceAnswer(scenario, q);
    const truth = source && 'words' in source ? source.words : source ? 'silent' : '';
    for (const a of answers.filter((x) => x.question === q.id)) {
      rows.push([questionText(scenario, q), q.kind, answerWords(scenario, q, a.value), truth, a.name ?? `student ${numbers.get(a.student)}`, new Date(a.at).toISOString()].map(cell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
