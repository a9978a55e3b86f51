import { describe, expect, it } from 'vitest';
import { DETAIL_THRESHOLDS, levelOfDetail, NEIGHBOUR_DISTANCE } from '../../src/layout/lod';

describe('levelOfDetail', () => {
  it('shows labels only when neighbours stand far enough apart on screen to read them', () => {
    expect(levelOfDetail(1)).toBe('full');
    expect(levelOfDetail(DETAIL_THRESHOLDS.labels / NEIGHBOUR_DISTANCE)).toBe('full');
    expect(levelOfDetail(0.5)).toBe('shapes');
    expect(levelOfDetail(0.1)).toBe('dots');
  });

  it('changes only at the thresholds', () => {
    const ks = Array.from({ length: 200 }, (_, i) => i / 100);
    const changes = ks.filter((k, i) => i > 0 && levelOfDetail(k) !== levelOfDetail(ks[i - 1]!));
    expect(changes).toHaveLength(2);
  });
});
