/**
 * Tabs of this site tell each other about drafts over a BroadcastChannel: a draft was just
 * stored (tabs reading along load it), or a tab asks the holder of a draft's pen to hand it
 * over (see drafts/pen.ts). Messages come from outside the page, so each is checked against
 * a schema and anything else is ignored. Framework-free.
 */
import { z } from '../model/zod';

const draftId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));

export const draftMessage = z.discriminatedUnion('kind', [
  /** The draft `id` was stored, as changed at `updatedAt`. */
  z.strictObject({ kind: z.literal('saved'), id: draftId, updatedAt: z.number() }),
  /** A tab asks whoever holds the pen of draft `id` to store it and let go. */
  z.strictObject({ kind: z.literal('handover'), id: draftId }),
]);

export type DraftMessage = z.infer<typeof draftMessage>;

/** The checked message, or null for anything that is not one. */
export function readDraftMessage(data: unknown): DraftMessage | null {
  const parsed = draftMessage.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export const CHANNEL_NAME = 'standpoint-drafts';

export class DraftChannel {
  private readonly channel: BroadcastChannel | null;

  constructor(onMessage: (message: DraftMessage) => void) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
    this.channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
      const message = readDraftMessage(event.data);
      if (message) onMessage(message);
    });
  }

  post(message: DraftMessage): void {
    this.channel?.postMessage(message);
  }

  close(): void {
    this.channel?.close();
  }
}
