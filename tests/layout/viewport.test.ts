import { describe, expect, it } from 'vitest';
import { innerAspect, marginFor, nudgeIntoView } from '../../src/layout/viewport';

describe('viewport', () => {
  it('keeps room for labels at the sides, the words below a node, the banner on top and the zoom buttons on the right', () => {
    // side = max(60 + 6, min(96, 80)) = 80
    expect(marginFor({ width: 800, height: 600 }, 60, 0, 24)).toEqual({ top: 40, bottom: 88, left: 80, right: 104 });
    // A wide label wins over the 10% rule; a banner of 50 px adds to the top.
    expect(marginFor({ width: 800, height: 600 }, 120, 50, 24)).toEqual({ top: 90, bottom: 88, left: 126, right: 150 });
  });

  it('rounds the inner aspect to one decimal', () => {
    // (800 - 100 - 100) / (600 - 50 - 50) = 1.2
    expect(innerAspect({ width: 800, height: 600 }, { top: 50, bottom: 50, left: 100, right: 100 })).toBe(1.2);
    expect(innerAspect({ width: 100, height: 100 }, { top: 60, bottom: 60, left: 0, right: 0 })).toBe(100);
  });

  it('moves the view just enough to bring an actor inside the margins, at the same scale', () => {
    const size = { width: 400, height: 300 };
    const m = { top: 20, bottom: 30, left: 40, right: 50 };
    const t = { k: 2, x: 10, y: 0 };
    // (5, 50) is drawn at (20, 100): 20 px left of the margin.
    expect(nudgeIntoView(t, { x: 5, y: 50 }, size, m)).toEqual({ k: 2, x: 30, y: 0 });
    // (200, 140) is drawn at (410, 280): 60 px right of 350 and 10 px below 270.
    expect(nudgeIntoView(t, { x: 200, y: 140 }, size, m)).toEqual({ k: 2, x: -50, y: -10 });
    expect(nudgeIntoView(t, { x: 100, y: 100 }, size, m)).toBeNull();
  });
});
