/**
 * A class session, as the teacher's screen, the students' phones and the class server agree
 * on it: room codes, the stage the teacher sets (what everyone looks at, and the question
 * asked), and the answers students send. Everything that arrives from elsewhere is checked
 * with these schemas before it is used, on the server and in the browser alike. Pure; no DOM.
 */
import { ATTITUDES, LIMITS, POSITION_MAX, POSITION_MIN } from '../model/constants';
import { z } from '../model/zod';

/**
 * Room codes: eight characters from an alphabet with no look-alikes (no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B), shown as two groups of four ("K7QM-4PXR"). 25^8 ≈ 1.5 × 10^11 codes: with the
 * server's limit on wrong codes per address, guessing a live room is out of reach.
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;

/** A fresh room code from a source of random bytes (crypto.getRandomValues). */
export function newRoomCode(random: (bytes: Uint8Array) => Uint8Array): string {
  const out: string[] = [];
  // Rejection sampling keeps every character equally likely (250 = 10 × 25).
  while (out.length < CODE_LENGTH) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < 250 && out.length < CODE_LENGTH) out.push(CODE_ALPHABET[byte % 25] ?? '');
    }
  }
  return out.join('');
}

/** A code as typed (any case, with spaces or dashes); null when it cannot be one. */
export function normaliseRoomCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

/** "K7QM4PXR" → "K7QM-4PXR". */
export function formatRoomCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Limits the server enforces and the client checks. */
export const CLASS_LIMITS = {
  /** A student's display name. */
  nameLength: 40,
  /** A short answer. */
  answerLength: 280,
  /** One message over the socket, in bytes (the scenario travels in the stage, so it is the biggest). */
  messageBytes: 2 * 1024 * 1024,
} as const;

const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength));
const prompt = z.string().check(z.minLength(1), z.maxLength(LIMITS.textLength));

export const QUESTION_KINDS = ['stance', 'view', 'poll', 'text'] as const;

/** A question the teacher asks; its id is new for each asking. */
export const question = z.discriminatedUnion('kind', [
  z.strictObject({ id, kind: z.literal('stance'), actor: id, issue: id }),
  z.strictObject({ id, kind: z.literal('view'), actor: id, other: id }),
  z.strictObject({ id, kind: z.literal('poll'), prompt, options: z.array(id).check(z.minLength(2), z.maxLength(LIMITS.actors)) }),
  z.strictObject({ id, kind: z.literal('text'), prompt }),
]);
export type Question = z.infer<typeof question>;

const focus = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event') }),
  z.strictObject({ kind: z.literal('source') }),
  z.strictObject({ kind: z.literal('matrix') }),
  z.strictObject({ kind: z.literal('actor'), id, compare: z.optional(id) }),
]);

/**
 * What the teacher's screen shows, which following phones show too; and, in "Predict, then
 * reveal", which views are still hidden (phones keep them hidden even while exploring).
 */
export const stageView = z.strictObject({
  focus,
  step: z.nullable(z.int().check(z.gte(0), z.lte(LIMITS.steps))),
  predict: z.optional(z.boolean()),
  revealed: z.optional(z.array(id).check(z.maxLength(LIMITS.actors))),
});
export type StageView = z.infer<typeof stageView>;

/** The stage: everything the teacher sets and every phone reads. Only the teacher writes it. */
export const stage = z.strictObject({
  view: stageView,
  /** Phones follow the teacher's view, or the class explores on its own. */
  follow: z.boolean(),
  question: z.nullable(question),
  /** The scenario's answer to the current question is shown, with how the class answered. */
  revealed: z.boolean(),
  /** How many gave each answer, as the teacher revealed it (keys are answer values). */
  tally: z.nullable(z.record(z.string().check(z.maxLength(LIMITS.idLength)), z.int().check(z.gte(0)))),
  /** Short answers the teacher chose to show, as text. */
  shown: z.array(z.string().check(z.maxLength(CLASS_LIMITS.answerLength))).check(z.maxLength(50)),
  ended: z.boolean(),
});
export type Stage = z.infer<typeof stage>;

/** The name a student may give. */
const studentName = z.optional(z.string().check(z.maxLength(CLASS_LIMITS.nameLength)));

/** What a student sends: one answer to the question asked (a new one replaces the old). */
export const answerMessage = z.strictObject({
  type: z.literal('answer'),
  question: id,
  value: z.union([z.int().check(z.gte(POSITION_MIN), z.lte(POSITION_MAX)), z.enum(ATTITUDES), id, z.string().check(z.minLength(1), z.maxLength(CLASS_LIMITS.answerLength))]),
  name: studentName,
});
export type AnswerMessage = z.infer<typeof answerMessage>;

/** Whether a value answers this question: a position for a stance, an attitude for a view, an option for a poll, text for a short answer. */
export function answers(q: Question, value: AnswerMessage['value']): boolean {
  switch (q.kind) {
    case 'stance':
      return typeof value === 'number';
    case 'view':
      return typeof value === 'string' && (ATTITUDES as readonly string[]).includes(value);
    case 'poll':
      return typeof value === 'string' && q.options.includes(value);
    case 'text':
      return typeof value === 'string' && value.trim().length > 0;
  }
}

/** One recorded answer, as the teacher's screen receives it. */
export const recordedAnswer = z.strictObject({
  question: id,
  value: answerMessage.shape.value,
  name: studentName,
  at: z.number(),
});
export type RecordedAnswer = z.infer<typeof recordedAnswer>;

/** A student who joined, as the server lists them for the teacher. */
export const joinedStudent = z.strictObject({ name: studentName, online: z.boolean(), at: z.number() });
export type JoinedStudent = z.infer<typeof joinedStudent>;

/** What the server says to one student: an answer was recorded (or refused, and why). */
export const serverReply = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('recorded'), question: id }),
  z.strictObject({ type: z.literal('refused'), question: id, reason: z.string().check(z.maxLength(200)) }),
]);
export type ServerReply = z.infer<typeof serverReply>;

/** JSON text read against a schema: the value if it is JSON, within `maxLength` and valid; null for anything else. */
export function parseJsonWith<T>(text: unknown, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, maxLength: number = CLASS_LIMITS.messageBytes): T | null {
  if (typeof text !== 'string' || text.length > maxLength) return null;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
