/**
 * The format's fixed values and caps, kept apart from the zod schema so that the app's
 * first screen can use them without loading the validator. schema.ts builds on these.
 */

/** Caps keep a hostile or runaway file from freezing the app. */
export const LIMITS = {
  idLength: 64,
  labelLength: 40,
  titleLength: 160,
  textLength: 600,
  summaryLength: 2000,
  listLength: 12,
  actors: 5000,
  relations: 20000,
  issues: 40,
  sources: 40,
  sections: 60,
  steps: 60,
} as const;

export const BASES = ['stated', 'reported', 'inferred'] as const;
export const POSITION_MIN = -2;
export const POSITION_MAX = 2;
export const ATTITUDES = ['ally', 'partner', 'courting', 'wary', 'rival', 'adversary'] as const;
export const ACTOR_KINDS = ['person', 'government', 'bloc'] as const;
export const RELATION_TYPES = ['represents', 'negotiates', 'supports', 'opposes', 'strains'] as const;

/** How long a `?scenario=` link may take to answer and download before it is given up. */
export const LINK_TIMEOUT_MS = 15_000;

/** Caps the loader checks before the schema sees a file. */
export const LOAD_LIMITS = {
  /** Bytes of JSON text. */
  maxBytes: 8 * 1024 * 1024,
  /** Levels of arrays and objects inside each other. */
  maxDepth: 12,
  /** Characters in any one string, whatever its field. */
  maxString: 5000,
  /** Errors shown before "and N more". */
  shownErrors: 8,
} as const;

/**
 * A whole number with its thousands grouped ("3,000"), as `toLocaleString('en-GB')` writes
 * it, without Intl: a page's first call to Intl loads its locale data, about 30 ms that a
 * loading line on the way to the first picture must not spend.
 */
export function wholeNumber(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** An error line when a file of this many bytes is over the cap, else null. */
export function sizeError(bytes: number): string | null {
  return bytes > LOAD_LIMITS.maxBytes
    ? `(root): the file is ${wholeNumber(bytes)} bytes; the limit is ${wholeNumber(LOAD_LIMITS.maxBytes)} bytes (${describeBytes(LOAD_LIMITS.maxBytes)})`
    : null;
}

/** The errors to show, capped, with how many more there are. */
export function summariseErrors(errors: readonly string[], max: number = LOAD_LIMITS.shownErrors): { shown: string[]; more: number } {
  return { shown: errors.slice(0, max), more: Math.max(0, errors.length - max) };
}
