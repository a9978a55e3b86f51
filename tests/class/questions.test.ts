import { describe, expect, it } from 'vitest';
import type { Question, RecordedAnswer } from '../../src/class/protocol';
import { answerWords, choices, questionText, resultsCsv, sourceAnswer, tallyOf } from '../../src/class/questions';
import { miniScenario } from '../fixtures/mini';

const scenario = miniScenario();
const stance: Question = { id: 's1', kind: 'stance', actor: 'ana', issue: 'truce' };
const view: Question = { id: 'v1', kind: 'view', actor: 'ana', other: 'bo' };
const text: Question = { id: 't1', kind: 'text', prompt: 'What does Ana gain?' };

const answer = (question: string, value: RecordedAnswer['value'], student: string, name?: string): RecordedAnswer & { student: string } => ({ question, value, student, at: 0, ...(name ? { name } : {}) });

describe('questions in words', () => {
  it('asks about a stance, a view, and offers the scale or the attitudes', () => {
    expect(questionText(scenario, stance)).toBe('Where does Ana Alpha stand on truce?');
    expect(questionText(scenario, view)).toBe('How does Ana Alpha see Bo Beta?');
    expect(choices(scenario, stance).map((c) => c.label)).toEqual(['\u22122', '\u22121', '0', '+1', '+2']);
    expect(answerWords(scenario, stance, 1)).toBe('Leans to: Stop now (+1)');
    expect(choices(scenario, view)).toHaveLength(6);
    expect(choices(scenario, text)).toEqual([]);
  });

  it('counts the latest answer of each student', () => {
    expect(tallyOf(stance, [answer('s1', 1, 'a'), answer('s1', 1, 'b'), answer('s1', -2, 'c'), answer('x', 1, 'd')])).toEqual({ '1': 2, '-2': 1 });
  });

  it('reveals what the source says, with basis and section, or that it is silent', () => {
    expect(sourceAnswer(scenario, stance)).toMatchObject({ value: 1, words: 'Leans to: Stop now (+1)', basis: 'inferred', ref: 'news#talks' });
    expect(sourceAnswer(scenario, view)).toEqual({ silent: 'The source is silent on how Ana Alpha sees Bo Beta.' });
    expect(sourceAnswer(scenario, text)).toBeNull();
  });
});

describe('resultsCsv', () => {
  it('writes one row per answer, names only those who gave one, and defuses formulas', () => {
    const csv = resultsCsv(scenario, [stance, text], [answer('s1', 2, 'x', 'Ada'), answer('s1', -1, 'y'), answer('t1', '=HYPERLINK("http://evil")', 'y'), answer('t1', 'She said "no".', 'x', 'Ada')]);
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe('"question","kind","answer","source answer","student","time"');
    expect(rows[1]).toBe('"Where does Ana Alpha stand on truce?","stance","Firmly for: Stop now (+2)","Leans to: Stop now (+1)","Ada","1970-01-01T00:00:00.000Z"');
    expect(rows[2]).toContain('"student 2"');
    expect(rows[3]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(rows[4]).toContain('"She said ""no""."');
    expect(rows).toHaveLength(5);
  });
});
