import { describe, expect, it } from 'vitest';
import { floorRows } from '../../bench/lib/peersFormat';
import type { PeerCell, PeersReport } from '../../bench/lib/types';

const summary = (median: number) => ({ median, min: median, max: median, n: 1 });
const cell = (tool: PeerCell['tool'], actors: number, first: number, evaluated?: number): PeerCell => ({
  tool,
  actors,
  drew: 1,
  loads: 1,
  firstMs: summary(first),
  restMedianMs: first,
  neverRested: 0,
  jsKB: summary(100),
  ...(evaluated === undefined ? {} : { evaluatedMs: summary(evaluated) }),
});

const report = (cells: PeerCell[], tools: PeersReport['tools']) => ({ sizes: [6, 100], tools, cells }) as unknown as PeersReport;

describe('floorRows', () => {
  it("sets when Standpoint's JS had run beside the d3 page's first picture, size by size", () => {
    const rows = floorRows(
      report(
        [cell('d3', 6, 200), cell('standpoint', 6, 600, 230), cell('builtin', 6, 400, 220), cell('d3', 100, 300), cell('standpoint', 100, 900, 240)],
        ['standpoint', 'builtin', 'd3'],
      ),
    );
    expect(rows[0]).toEqual(['Actors', 'plain d3 first picture', 'Standpoint: JS run', '÷ d3', 'Standpoint, built-in scenario (no link): JS run', '÷ d3']);
    expect(rows.slice(1)).toEqual([
      ['6', '200', '230', '1.15x', '220', '1.10x'],
      ['100', '300', '240', '0.80x', '—', '—'],
    ]);
  });

  it('is empty without the d3 page or Standpoint to set side by side', () => {
    expect(floorRows(report([cell('d3', 6, 200)], ['d3', 'cytoscape']))).toEqual([]);
    expect(floorRows(report([cell('standpoint', 6, 600, 230)], ['standpoint', 'cytoscape']))).toEqual([]);
  });
});
