import { describe, expect, it } from 'vitest';
import { apportion, attribute, decodeMappings, groupOf, UNMAPPED, utf8Bytes, type SourceMapLike } from '../../scripts/lib/sourcemapSizes';

/** Bytes per source, from the spans. */
function tally(code: string, map: SourceMapLike): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of attribute(code, map)) out[s.source] = (out[s.source] ?? 0) + s.bytes;
  return out;
}

describe('decodeMappings', () => {
  it('makes columns absolute per line and carries the source index across lines', () => {
    // line 0: col 0 src 0, col 9 src 0; line 1 empty; line 2: col 0 src 0 + 1, col 1 without a source
    expect(decodeMappings('AAAA,SAAS;;ACAA,C')).toEqual([
      [
        { column: 0, source: 0 },
        { column: 9, source: 0 },
      ],
      [],
      [
        { column: 0, source: 1 },
        { column: 1, source: null },
      ],
    ]);
  });
});

describe('attribute', () => {
  const sources = ['a.ts', 'b.ts'];

  it('gives each segment the bytes up to the next segment on its line', () => {
    // 'AAAA': col 0, src 0. 'UCAA': col + 10 (U = 20), src + 1.
    expect(tally('const a=1;b();', { sources, mappings: 'AAAA,UCAA' })).toEqual({ 'a.ts': 10, 'b.ts': 4 });
  });

  it('counts bytes before the first segment and after a segment without a source as unmapped', () => {
    // 'KAAA': col 5 (K = 10), src 0. 'E': col + 2, no source.
    expect(tally('/*x*/abcd', { sources, mappings: 'KAAA,E' })).toEqual({ [UNMAPPED]: 7, 'a.ts': 2 });
  });

  it('restarts columns on each line, keeps the source index, and counts newlines and unmapped lines as unmapped', () => {
    // line 0: col 0 src 0 ('ab'); line 1: col 0 src 1 ('cd'); line 2: col 1 src still 1 ('f' of 'ef'); line 3 has no mappings.
    const code = 'ab\ncd\nef\nxyz';
    expect(tally(code, { sources, mappings: 'AAAA;ACAA;CAAA' })).toEqual({ 'a.ts': 2, 'b.ts': 3, [UNMAPPED]: 7 });
  });

  it('counts UTF-8 bytes, with columns in UTF-16 code units', () => {
    // 'é' is 2 bytes, '€' 3, '😀' 4 (two code units). col 0 src 0, col 1 src 1.
    expect(tally('é€😀', { sources, mappings: 'AAAA,CCAA' })).toEqual({ 'a.ts': 2, 'b.ts': 7 });
  });

  it('returns spans that cover the code exactly and in order', () => {
    const code = '/*x*/ab\ncd';
    const spans = attribute(code, { sources, mappings: 'KAAA,CCAA' });
    expect(spans.map((s) => [s.source, code.slice(s.start, s.end)])).toEqual([
      [UNMAPPED, '/*x*/'],
      ['a.ts', 'a'],
      ['b.ts', 'b'],
      [UNMAPPED, '\ncd'],
    ]);
  });

  it('clamps a segment past the end of its line', () => {
    expect(tally('ab\nc', { sources, mappings: 'AAAA,UCAA' })).toEqual({ 'a.ts': 2, [UNMAPPED]: 2 });
  });
});

describe('utf8Bytes', () => {
  it('adds up to the UTF-8 length even when a split falls inside a surrogate pair', () => {
    const text = 'a😀é';
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
    expect(utf8Bytes(text, 0, 2) + utf8Bytes(text, 2, 4)).toBe(7);
    expect(utf8Bytes('\ud800x')).toBe(4); // a lone surrogate is written as U+FFFD
  });
});

describe('groupOf', () => {
  it.each([
    ['node_modules/react-dom/cjs/react-dom.production.js', 'react-dom'],
    ['node_modules/@scope/pkg/dist/index.mjs', '@scope/pkg'],
    ['node_modules/a/node_modules/b/index.js', 'b'],
    ['node_modules/@s/a/node_modules/@t/b/x.js', '@t/b'],
    ['../../node_modules/d3-zoom/src/zoom.js', 'd3-zoom'],
    ['node_modules/.pnpm/zod@4.0.0/node_modules/zod/index.js', 'zod'],
    ['src/components/Legend.tsx', 'app: src/components'],
    ['src/App.tsx', 'app: src/App.tsx'],
    ['data/kremlin-meeting.json?url', 'app: data/kremlin-meeting.json'],
    [UNMAPPED, UNMAPPED],
  ])('%s is in %s', (path, group) => {
    expect(groupOf(path)).toBe(group);
  });
});

describe('apportion', () => {
  it('splits a whole number in proportion, by largest remainder, adding up exactly', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [3, 1])).toEqual([75, 25]);
    expect(apportion(7, [1, 0, 2])).toEqual([2, 0, 5]); // 2.33, 0, 4.67
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});
