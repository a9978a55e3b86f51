/**
 * The one loader every route ends in (file picker, drop, `?scenario=` link, the CLI): text
 * in, a checked scenario or plain-language errors with JSON paths out. It never throws.
 *
 * Order matters: the size cap is checked before anything is parsed, nesting depth before
 * JSON.parse (so a hostile file cannot exhaust the parser's stack), and dangerous keys and
 * characters before the schema sees the value.
 */
import { LOAD_LIMITS, describeBytes, sizeError, summariseErrors } from './constants';
import { validateScenario, formatPath, type ValidationResult } from './validate';

export { LOAD_LIMITS, describeBytes, sizeError, summariseErrors };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

// Bidirectional overrides and isolates can make a label read differently from what it is
// (U+202A–U+202E, U+2066–U+2069); C0/C1 controls other than tab and newlines have no place
// in a label or a sentence.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}



/** How deeply arrays and objects nest in JSON text, read without parsing it. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) max = Math.max(max, ++depth);
    else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return max;
}

/**
 * Copies a parsed JSON value into fresh plain objects, refusing keys that could reach an
 * object's prototype, strings with hidden-direction or control characters, and strings
 * over the cap. Returns the copy and an error line for each problem.
 */
export function sanitize(value: unknown): { value: unknown; errors: string[] } {
  const errors: string[] = [];
  const walk = (v: unknown, path: PropertyKey[]): unknown => {
    if (typeof v === 'string') {
      const where = formatPath(path);
      const bidi = BIDI.exec(v);
      if (bidi) errors.push(`${where}: contains a bidirectional-override character (${codePoint(bidi[0])})`);
      const control = CONTROL.exec(v);
      if (control) errors.push(`${where}: contains a control character (${codePoint(control[0])})`);
      if (v.length > LOAD_LIMITS.maxString) errors.push(`${where}: is longer than ${LOAD_LIMITS.maxString} characters`);
      return v;
    }
    if (Array.isArray(v)) return v.map((item, i) => walk(item, [...path, i]));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key)) {
          errors.push(`${formatPath(path)}: forbidden key "${key}"`);
          continue;
        }
        out[key] = walk((v as Record<string, unknown>)[key], [...path, key]);
      }
      return out;
    }
    return v;
  };
  return { value: walk(value, []), errors };
}

/** How many actors and relations parsed JSON holds, before it is checked (0 where it holds none). */
export interface ScenarioCounts {
  actors: number;
  relations: number;
}

function countsOf(value: unknown): ScenarioCounts {
  const length = (key: string) => {
    const items = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return Array.isArray(items) ? items.length : 0;
  };
  return { actors: length('actors'), relations: length('relations') };
}

/**
 * Parses and checks scenario text. Every problem comes back as an error line. `onParsed`
 * hears how big the scenario is once it is parsed, before the longer check begins.
 */
export function loadScenarioText(text: string, onParsed?: (counts: ScenarioCounts) => void): ValidationResult {
  const tooBig = sizeError(new TextEncoder().encode(text).length);
  if (tooBig) return { ok: false, errors: [tooBig] };
  if (text.trim() === '') return { ok: false, errors: ['(root): the file is empty'] };
  const depth = nestingDepth(text);
  if (depth > LOAD_LIMITS.maxDepth) {
    return { ok: false, errors: [`(root): nested ${depth} levels deep; the limit is ${LOAD_LIMITS.maxDepth}`] };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { ok: false, errors: [`(root): not valid JSON (${err instanceof Error ? err.message : String(err)})`] };
  }
  onParsed?.(countsOf(parsed));
  const clean = sanitize(parsed);
  if (clean.errors.length) return { ok: false, errors: clean.errors };
  return validateScenario(clean.value);
}

