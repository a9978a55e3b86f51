/**
 * What the presenter's window and the audience window may say to each other. Any page of
 * the same origin can post on a BroadcastChannel, so every message is checked against
 * this schema and anything else is dropped. Loaded only once two windows are paired, so
 * a first visit does not download zod for it.
 */
import { LIMITS } from '../model/constants';
import { z } from '../model/zod';
import type { ViewState } from '../store/appStore';
import { stage } from '../class/protocol';
import type { ClassProjection } from './classProjection';

const id = z.string().check(z.minLength(1), z.maxLength(LIMITS.idLength));
const count = z.int().check(z.gte(0), z.lte(100_000));

const focus = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('event') }),
  z.strictObject({ kind: z.literal('source') }),
  z.strictObject({ kind: z.literal('matrix') }),
  z.strictObject({ kind: z.literal('actor'), id, compare: z.optional(id) }),
]);

const view = z.strictObject({
  focus,
  step: z.nullable(z.int().check(z.gte(0), z.lte(LIMITS.steps))),
  presenting: z.boolean(),
  predict: z.boolean(),
  revealed: z.array(id).check(z.maxLength(LIMITS.actors)),
});

/** A class session on the projector (see classProjection.ts); null when none runs. */
const classProjection = z.nullable(
  z.strictObject({
    code: z.string().check(z.regex(/^[A-Z0-9]{8}$/)),
    link: z.nullable(z.url({ protocol: /^https?$/ }).check(z.maxLength(500))),
    joined: count,
    answered: count,
    tally: z.record(z.string().check(z.maxLength(LIMITS.idLength)), z.int().check(z.gte(0))),
    stage: z.nullable(stage),
  }),
);

const message = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), audience: z.boolean() }),
  z.strictObject({ type: z.literal('view'), view, blank: z.boolean() }),
  z.strictObject({ type: z.literal('class'), projection: classProjection }),
]);

export type ChannelMessage =
  | { type: 'hello'; audience: boolean }
  | { type: 'view'; view: ViewState; blank: boolean }
  | { type: 'class'; projection: ClassProjection | null };

/** The message, if it is one the windows send; null for anything else. */
export function parseChannelMessage(data: unknown): ChannelMessage | null {
  const result = message.safeParse(data);
  return result.success ? result.data : null;
}
