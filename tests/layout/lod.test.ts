import { describe, expect, it } from 'vitest';
import { levelOfDetail } from '../../src/layout/lod';

// Worked out by hand: neighbours stand 160 layout units apart, labels need 120 px between
// them on screen (a scale of 120 / 160 = 0.75) and shapes 40 px (40 / 160 = 0.25).
describe('levelOfDetail', () => {
  it('shows labels only when neighbours stand far enough apart on screen to read them', () => {
    expect(levelOfDetail(1)).toBe('full');
    expect(levelOfDetail(0.75)).toBe('full');
    expect(levelOfDetail(0.74)).toBe('shapes');
    expect(levelOfDetail(0.5)).toBe('shapes');
    expect(levelOfDetail(0.25)).toBe('shapes');
    expect(levelOfDetail(0.24)).toBe('dots');
    expect(levelOfDetail(0.1)).toBe('dots');
  });

  it('measures from the neighbour distance it is given', () => {
    // 100 units apart: labels from a scale of 1.2 (120 px), shapes from 0.4 (40 px).
    expect(levelOfDetail(1.2, 100)).toBe('full');
    expect(levelOfDetail(1.19, 100)).toBe('shapes');
    expect(levelOfDetail(0.4, 100)).toBe('shapes');
    expect(levelOfDetail(0.39, 100)).toBe('dots');
  });

  it('changes only at the thresholds', () => {
    const ks = Array.from({ length: 200 }, (_, i) => i / 100);
    const changes = ks.filter((k, i) => i > 0 && levelOfDetail(k) !== levelOfDetail(ks[i - 1]!));
    expect(changes).toEqual([0.25, 0.75]);
  });
});
