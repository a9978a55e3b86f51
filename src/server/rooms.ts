/**
 * Rooms on the class server: what each document name means, who may open it, and what a
 * student's answer must be before it is recorded. Pure; the server (classServer.ts) binds it.
 */
import { createHash } from 'node:crypto';
import { answerMessage, answers, CLASS_LIMITS, CODE_ALPHABET, CODE_LENGTH, parseJsonWith, stage, type RecordedAnswer, type Stage } from '../class/protocol';
import { z } from '../model/zod';

const CODE = `[${CODE_ALPHABET}]{${CODE_LENGTH}}`;
const DOC_NAME = new RegExp(`^(stage|answers)/(${CODE})$`);

/** The documents of a room: the stage everyone reads, the answers only the teacher reads. */
export function parseDocumentName(name: string): { kind: 'stage' | 'answers'; code: string } | null {
  const m = DOC_NAME.exec(name);
  return m ? { kind: m[1] as 'stage' | 'answers', code: m[2] ?? '' } : null;
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** What a connection says it is: the teacher (with the room's secret) or a student (an id of its own, and a name if given). */
const tokenSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('teacher'), secret: z.string().check(z.regex(/^[0-9a-f]{32}$/)) }),
  z.strictObject({ role: z.literal('student'), student: z.string().check(z.regex(/^[0-9a-f]{16,32}$/)), name: z.optional(z.string().check(z.maxLength(CLASS_LIMITS.nameLength))) }),
]);
export type Token = z.infer<typeof tokenSchema>;

export function parseToken(token: string | undefined): Token | null {
  return parseJsonWith(token, tokenSchema, 500);
}

/** The stage as stored in its document (a JSON string under "stage"); null if missing or malformed. */
export function readStage(json: unknown): Stage | null {
  return parseJsonWith(json, stage);
}

export type AnswerCheck = { ok: true; key: string; record: RecordedAnswer } | { ok: false; question: string; reason: string };

/**
 * Checks a student's message against the stage: it must be an answer, to the question asked
 * now, of the right kind, before the reveal. Its key makes one answer per student per
 * question (a new one replaces the old).
 */
export function checkAnswer(payload: string, current: Stage | null, student: string, name: string | undefined, now: number): AnswerCheck {
  if (payload.length > 4096) return { ok: false, question: '', reason: 'the message is too long' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return { ok: false, question: '', reason: 'the message is not JSON' };
  }
  const result = answerMessage.safeParse(parsed);
  if (!result.success) return { ok: false, question: '', reason: 'the message is not an answer' };
  const msg = result.data;
  const q = current?.question;
  if (!q || q.id !== msg.question) return { ok: false, question: msg.question, reason: 'that question is not being asked now' };
  if (current.revealed) return { ok: false, question: msg.question, reason: 'the answer has been revealed' };
  if (!answers(q, msg.value)) return { ok: false, question: msg.question, reason: 'that does not answer the question' };
  const value = typeof msg.value === 'string' && q.kind === 'text' ? msg.value.trim() : msg.value;
  const given = (msg.name ?? name)?.trim();
  return { ok: true, key: `${q.id}/${student}`, record: { question: q.id, value, ...(given ? { name: given } : {}), at: now } };
}
