// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createZoom } from '../../src/layout/zoom';

function setup() {
  const stage = document.createElement('div');
  document.body.append(stage);
  const said: string[] = [];
  const zoom = createZoom(stage, () => {}, {
    onGestureStart: (byUser) => said.push(byUser ? 'start by user' : 'start'),
    onGestureEnd: () => said.push('end'),
    viewport: () => ({ width: 800, height: 600 }),
  });
  const mouse = (type: string, target: EventTarget, x: number) =>
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: 100, view: window, button: 0 }));
  return { stage, said, zoom, mouse };
}

describe('createZoom: when the view starts and stops moving', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('a drag begun while a wheel gesture is open moves the view until the drag ends, not until the wheel gesture does', () => {
    const { stage, said, mouse } = setup();
    stage.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -100, clientX: 100, clientY: 100 }));
    expect(said).toEqual(['start by user']);
    mouse('mousedown', stage, 100);
    mouse('mousemove', window, 140);
    // The wheel gesture ends 150 ms after its last notch, in the middle of the drag.
    vi.advanceTimersByTime(400);
    expect(said).toEqual(['start by user']);
    mouse('mousemove', window, 180);
    mouse('mouseup', window, 180);
    expect(said).toEqual(['start by user', 'end']);
  });

  it('a wheel gesture alone ends once the wheel is still', () => {
    const { stage, said } = setup();
    stage.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -100, clientX: 100, clientY: 100 }));
    vi.advanceTimersByTime(400);
    expect(said).toEqual(['start by user', 'end']);
  });
});

describe('createZoom: jumps and glides', () => {
  afterEach(() => document.body.replaceChildren());

  it('a jump is no movement, and a glide it interrupts is told as ended', async () => {
    const { said, zoom } = setup();
    zoom.zoomTo({ k: 2, x: 0, y: 0 }, 0);
    expect(said).toEqual([]);
    zoom.zoomTo({ k: 1, x: 10, y: 0 }, 5000);
    // d3's timers run on the real clock: wait for the glide's first frame.
    await vi.waitFor(() => expect(said).toEqual(['start']));
    zoom.zoomTo({ k: 3, x: 0, y: 0 }, 0);
    expect(said).toEqual(['start', 'end']);
    expect(zoom.current()).toEqual({ k: 3, x: 0, y: 0 });
  });
});
