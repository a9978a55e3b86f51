import { describe, expect, it } from 'vitest';
import { followsLayout, viewGoal, viewMoveDuration, type ViewChange } from '../../src/network/policy';

const settled: ViewChange = { sameSize: true, reduceMotion: false, layoutEnded: false, focused: false, userMoved: false };

describe('viewMoveDuration', () => {
  it('glides after a change on a stage of the same size', () => {
    expect(viewMoveDuration(settled, 550)).toBe(550);
    expect(viewMoveDuration({ ...settled, focused: true }, 550)).toBe(550);
  });

  it('jumps on the first picture, after a resize, and when motion is reduced', () => {
    expect(viewMoveDuration({ ...settled, sameSize: false }, 550)).toBe(0);
    expect(viewMoveDuration({ ...settled, reduceMotion: true }, 550)).toBe(0);
  });

  it('keeps the view of someone who moved it while a big network settled', () => {
    expect(viewMoveDuration({ ...settled, layoutEnded: true, userMoved: true }, 550)).toBeNull();
    // A selection still takes the view to the selected actor.
    expect(viewMoveDuration({ ...settled, layoutEnded: true, userMoved: true, focused: true }, 550)).toBe(550);
    // A resize as the layout ends fits the view again.
    expect(viewMoveDuration({ ...settled, layoutEnded: true, userMoved: true, sameSize: false }, 550)).toBe(0);
  });
});

describe('followsLayout', () => {
  it('follows a settling network until the user moves the view or selects an actor', () => {
    expect(followsLayout(false, false)).toBe(true);
    expect(followsLayout(true, false)).toBe(false);
    expect(followsLayout(false, true)).toBe(false);
  });
});

describe('viewGoal', () => {
  const size = { width: 500, height: 300 };
  const margin = { top: 50, bottom: 50, left: 50, right: 50 };

  it('fits everyone when nobody is selected', () => {
    // Inner box 400 x 200 centred at (250, 150); the points span 200 x 50 around (100, 25):
    // k = min(1.6, 400 / 200, 200 / 50) = 1.6.
    const t = viewGoal({ size, margin, overview: [{ x: 0, y: 0 }, { x: 200, y: 50 }], inView: [] });
    expect(t).toEqual({ k: 1.6, x: 250 - 100 * 1.6, y: 150 - 25 * 1.6 });
  });

  it('centres the selected actor, as close as those around them allow', () => {
    // Half the inner box is 200 x 100; the one to keep in view is 400 to the right:
    // k = min(1.6, 200 / 400) = 0.5, and the selected actor lands in the middle.
    const t = viewGoal({ size, margin, overview: [], focus: { x: 10, y: 10 }, inView: [{ x: 410, y: 10 }] });
    expect(t).toEqual({ k: 0.5, x: 250 - 10 * 0.5, y: 150 - 10 * 0.5 });
  });
});
