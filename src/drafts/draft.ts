/**
 * A draft: a scenario being written in the editor, stored in the browser as it is typed. Its
 * scenario may be unfinished (invalid) at any moment; it is checked against the schema when
 * it is shown, not when it is stored. Drafts read back from storage are checked against
 * `storedDraft` first: storage is outside the page, and older versions of the app wrote it.
 */
import { LIMITS } from '../model/constants';
import { z } from '../model/zod';

/** The version of the draft record this app writes; older ones are migrated on read. */
export const DRAFT_FORMAT = 1;

export interface Draft {
  format: typeof DRAFT_FORMAT;
  id: string;
  /** The scenario's title when last stored, for the list of drafts. */
  title: string;
  /** When it last changed (ms since 1970). */
  updatedAt: number;
  /** The scenario as written so far: JSON, valid or not. */
  scenario: unknown;
  /** Where the copy was taken from ("the built-in scenario", a file's name), if anywhere. */
  basedOn?: string;
  /**
   * The source's own text, by section (`source#section`), when the author pasted it: read
   * beside a claim while picking its section. Kept with the draft, never in the scenario.
   */
  sourceText?: Record<string, string>;
}

/** What the list of drafts shows of each. */
export type DraftSummary = Pick<Draft, 'id' | 'title' | 'updatedAt' | 'basedOn'>;

const draftId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const title = z.string().check(z.maxLength(LIMITS.titleLength * 2));

const draftV1 = z.object({
  format: z.literal(1),
  id: draftId,
  title,
  updatedAt: z.number(),
  scenario: z.unknown(),
  basedOn: z.optional(title),
  sourceText: z.optional(z.record(z.string().check(z.maxLength(LIMITS.idLength * 2 + 1)), z.string().check(z.maxLength(1_000_000)))),
});

/**
 * Draft records as stored before the format had a version (written by no released app, but
 * kept as the pattern each later format follows): `{ id, scenario, savedAt }`.
 */
const draftV0 = z.object({ id: draftId, scenario: z.unknown(), savedAt: z.number() });

/**
 * A stored record as a current draft, migrated from an older format where needed; null for
 * anything that is not a draft (it is left in storage, untouched, rather than dropped).
 */
export function readDraft(record: unknown): Draft | null {
  const v1 = draftV1.safeParse(record);
  if (v1.success) return v1.data as Draft;
  const v0 = draftV0.safeParse(record);
  if (v0.success) {
    const { id, scenario, savedAt } = v0.data;
    return { format: DRAFT_FORMAT, id, title: titleOf(scenario), updatedAt: savedAt, scenario };
  }
  return null;
}

/** A scenario's title as the list of drafts shows it, whatever state it is in. */
export function titleOf(scenario: unknown): string {
  const title = scenario && typeof scenario === 'object' ? (scenario as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim() ? title.trim().slice(0, LIMITS.titleLength) : 'Untitled scenario';
}

/** A new draft id: time then randomness, so drafts sort by when they were begun. */
export function newDraftId(now: number = Date.now()): string {
  const random = [...crypto.getRandomValues(new Uint32Array(2))].map((n) => n.toString(36)).join('');
  return `${now.toString(36)}-${random}`.slice(0, 64);
}

/** An earlier state of a draft, kept so the author can go back to it. */
export type DraftVersion = Pick<Draft, 'id' | 'title' | 'updatedAt' | 'scenario'>;

/** How many earlier versions of each draft are kept, and how far apart (one a minute of work at most). */
export const VERSIONS_KEPT = 20;
export const VERSION_EVERY_MS = 60_000;

/**
 * Whether storing a draft changed at `at` also keeps it as a version: the first time, and
 * then when the newest version is at least a minute older, so a burst of typing leaves one
 * version a minute rather than one per keystroke.
 */
export function keepsVersion(newestVersionAt: number | null, at: number): boolean {
  return newestVersionAt === null || at - newestVersionAt >= VERSION_EVERY_MS;
}

const storedVersion = z.object({ id: draftId, title, updatedAt: z.number(), scenario: z.unknown() });

/** A stored version, checked like a draft; null for anything else. */
export function readVersion(record: unknown): DraftVersion | null {
  const v = storedVersion.safeParse(record);
  return v.success ? (v.data as DraftVersion) : null;
}

export function summaryOf(d: Draft): DraftSummary {
  return { id: d.id, title: d.title, updatedAt: d.updatedAt, ...(d.basedOn ? { basedOn: d.basedOn } : {}) };
}
