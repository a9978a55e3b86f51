import { describe, expect, it, vi } from 'vitest';
import { between, ease, PositionTween } from '../../src/network/tween';
import { ManualFrames } from '../fixtures/frames';

describe('ease', () => {
  it('starts and ends still, and is half way at half time', () => {
    expect(ease(0)).toBe(0);
    expect(ease(0.25)).toBe(0.0625); // 4 * 0.25^3
    expect(ease(0.5)).toBe(0.5);
    expect(ease(0.75)).toBe(0.9375); // 1 - (0.5^3) / 2
    expect(ease(1)).toBe(1);
  });
});

describe('between', () => {
  it('moves each actor part of the way, and puts one new to the target there at once', () => {
    const from = new Map([['a', { x: 0, y: 0 }]]);
    const to = new Map([
      ['a', { x: 10, y: -20 }],
      ['b', { x: 5, y: 5 }],
    ]);
    expect(between(from, to, 0.25)).toEqual(
      new Map([
        ['a', { x: 2.5, y: -5 }],
        ['b', { x: 5, y: 5 }],
      ]),
    );
  });
});

describe('PositionTween', () => {
  const A = new Map([['a', { x: 0, y: 0 }]]);
  const B = new Map([['a', { x: 100, y: 40 }]]);

  function tween() {
    const frames = new ManualFrames();
    const onFrame = vi.fn();
    const stopped = vi.fn();
    const onMotion = vi.fn(() => stopped);
    return { frames, onFrame, onMotion, stopped, tween: new PositionTween(onFrame, onMotion, frames) };
  }

  it('jumps to the first positions: there is nothing to move from', () => {
    const t = tween();
    t.tween.to(A, 500);
    expect(t.tween.current).toBe(A);
    expect(t.onFrame).toHaveBeenCalledTimes(1);
    expect(t.onMotion).not.toHaveBeenCalled();
    expect(t.frames.pending).toBe(0);
  });

  it('moves over the duration, frame by frame, and says when it starts and stops', () => {
    const t = tween();
    t.tween.to(A, 0);
    t.tween.to(B, 500);
    expect(t.onMotion).toHaveBeenCalledTimes(1);
    t.frames.tick(250);
    expect(t.tween.current.get('a')).toEqual({ x: 50, y: 20 });
    expect(t.stopped).not.toHaveBeenCalled();
    t.frames.tick(250);
    expect(t.tween.current).toBe(B);
    expect(t.stopped).toHaveBeenCalledTimes(1);
    expect(t.frames.pending).toBe(0);
    expect(t.onFrame).toHaveBeenCalledTimes(3);
  });

  it('jumps when the duration is 0 (reduced motion)', () => {
    const t = tween();
    t.tween.to(A, 0);
    t.tween.to(B, 0);
    expect(t.tween.current).toBe(B);
    expect(t.onMotion).not.toHaveBeenCalled();
  });

  it('a new target takes over from where the actors are, and a cancelled movement is told to stop', () => {
    const t = tween();
    t.tween.to(A, 0);
    t.tween.to(B, 500);
    t.frames.tick(250);
    t.tween.to(A, 500);
    expect(t.stopped).toHaveBeenCalledTimes(1);
    t.frames.tick(250);
    // Half way back from (50, 20) to (0, 0).
    expect(t.tween.current.get('a')).toEqual({ x: 25, y: 10 });
    t.tween.cancel();
    expect(t.stopped).toHaveBeenCalledTimes(2);
    expect(t.frames.pending).toBe(0);
  });
});
