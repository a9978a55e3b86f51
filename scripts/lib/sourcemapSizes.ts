/**
 * Which original source each byte of a generated (minified) file came from, read from its
 * source map (version 3, ECMA-426). Pure: no file system.
 */
import { decode } from '@jridgewell/sourcemap-codec';

/** Where bytes that no mapping segment claims are counted: before a line's first segment, segments without a source, newlines. */
export const UNMAPPED = '(unmapped)';

/** One mapping segment: from `column` of its generated line to the next segment, the code came from `sources[source]` (null: from no source). */
export interface Segment {
  column: number;
  source: number | null;
}

/**
 * Decodes `mappings` into one list of segments per generated line, sorted by column, with
 * absolute values (the VLQ decoding is @jridgewell/sourcemap-codec's, as in Rollup and Vite).
 */
export function decodeMappings(mappings: string): Segment[][] {
  return decode(mappings).map((line) =>
    line.map(([column, source]) => ({ column, source: source ?? null })).sort((a, b) => a.column - b.column),
  );
}

/**
 * UTF-8 bytes of `text[start, end)`. A surrogate pair counts 2 + 2, so the bytes of any
 * split of a text add up to its length in UTF-8 even when a split falls inside a pair; a lone
 * surrogate counts 3, as encoders write U+FFFD for it.
 */
export function utf8Bytes(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) bytes += isLow(text.charCodeAt(i + 1)) ? 2 : 3;
    else if (c >= 0xdc00 && c <= 0xdfff) bytes += isHigh(text.charCodeAt(i - 1)) ? 2 : 3;
    else bytes += 3;
  }
  return bytes;
}
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export interface SourceMapLike {
  sources: readonly (string | null)[];
  mappings: string;
}

/** A run of generated text `code.slice(start, end)` from one source (`UNMAPPED` when none). */
export interface Span {
  source: string;
  start: number;
  end: number;
  bytes: number;
}

/**
 * Splits generated code into runs by original source: a segment covers its line from its
 * column to the next segment's column (or the line's end). Lines end at "\n", which counts
 * as unmapped. The spans cover the code exactly, so their bytes add up to its UTF-8 length.
 *
 * @example attribute('ab', { sources: ['x.ts'], mappings: 'AAAA' }) // [{ source: 'x.ts', start: 0, end: 2, bytes: 2 }]
 */
export function attribute(code: string, map: SourceMapLike): Span[] {
  const lines = decodeMappings(map.mappings);
  const spans: Span[] = [];
  const push = (source: string, start: number, end: number) => {
    if (end <= start) return;
    const last = spans.at(-1);
    const bytes = utf8Bytes(code, start, end);
    if (last && last.source === source && last.end === start) {
      last.end = end;
      last.bytes += bytes;
    } else spans.push({ source, start, end, bytes });
  };
  let lineStart = 0;
  for (let n = 0; lineStart <= code.length; n++) {
    const newline = code.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? code.length : newline;
    const at = (column: number) => lineStart + Math.min(column, lineEnd - lineStart);
    const segments = lines[n] ?? [];
    push(UNMAPPED, lineStart, at(segments[0]?.column ?? Infinity));
    segments.forEach((s, i) => {
      const name = s.source === null ? null : map.sources[s.source];
      push(name ?? UNMAPPED, at(s.column), at(segments[i + 1]?.column ?? Infinity));
    });
    if (newline === -1) break;
    push(UNMAPPED, newline, newline + 1);
    lineStart = newline + 1;
  }
  return spans;
}

/**
 * The group a source path (relative to the project root) is counted in: the package after the
 * last `node_modules/`, or `app: <top folder>/<next part>` for the project's own files.
 *
 * @example groupOf('node_modules/@scope/pkg/dist/x.js') // '@scope/pkg'
 * @example groupOf('src/components/Legend.tsx') // 'app: src/components'
 * @example groupOf('data/kremlin-meeting.json?url') // 'app: data/kremlin-meeting.json'
 */
export function groupOf(path: string): string {
  if (path === UNMAPPED) return UNMAPPED;
  const clean = path.replace(/\\/g, '/').replace(/[?#].*$/, '');
  const marker = clean.lastIndexOf('node_modules/');
  if (marker !== -1) {
    const parts = clean.slice(marker + 'node_modules/'.length).split('/');
    const name = parts[0]?.startsWith('@') && parts[1] ? `${parts[0]}/${parts[1]}` : parts[0];
    return name || UNMAPPED;
  }
  const parts = clean.replace(/^\0/, '').split('/').filter((p) => p !== '' && p !== '.');
  return `app: ${parts.slice(0, 2).join('/')}`;
}

/**
 * Splits a whole number `total` in proportion to `weights`, by largest remainder, so the
 * parts are whole numbers that add up to `total` exactly.
 *
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
