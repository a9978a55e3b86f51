import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Reads `--name: light-dark(#rrggbb, #rrggbb);` lines: the light theme's colour, then the dark one's. */
function themes(): { light: Map<string, string>; dark: Map<string, string> } {
  const css = readFileSync(new URL('../../src/styles/theme.css', import.meta.url), 'utf8');
  const pairs = [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\);/gi)];
  return {
    light: new Map(pairs.map((m) => [m[1]!, m[2]!.toLowerCase()])),
    dark: new Map(pairs.map((m) => [m[1]!, m[3]!.toLowerCase()])),
  };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT = ['fg', 'muted', 'accent', 'attitude-ally', 'attitude-partner', 'attitude-courting', 'attitude-wary', 'attitude-rival', 'attitude-adversary', 'attitude-silent'];
const GRAPHICS = ['line', 'line-strong', 'focus', 'kind-person', 'kind-government', 'kind-bloc', 'opposes'];

describe('theme colours (WCAG AA)', () => {
  it('computes contrast the WCAG way', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [name, theme] of Object.entries(themes())) {
    describe(`${name} theme`, () => {
      it('defines every colour the checks need', () => {
        for (const key of ['bg', 'surface', ...TEXT, ...GRAPHICS]) expect(theme.get(key), key).toMatch(/^#/);
      });
      it('gives text at least 4.5:1 on the background and on surfaces', () => {
        for (const key of TEXT) {
          expect(contrast(theme.get(key)!, theme.get('bg')!), `${key} on bg`).toBeGreaterThanOrEqual(4.5);
          expect(contrast(theme.get(key)!, theme.get('surface')!), `${key} on surface`).toBeGreaterThanOrEqual(4.5);
        }
      });
      it('gives node fills and lines at least 3:1 on the background', () => {
        for (const key of GRAPHICS) expect(contrast(theme.get(key)!, theme.get('bg')!), key).toBeGreaterThanOrEqual(3);
      });
    });
  }
});
