import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint, markEvaluated } from '../src/milestones';

describe('afterPaint', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('waits for the next animation frame and then a message, so what it marks has been painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const fn = vi.fn();
    afterPaint(fn);
    expect(fn).not.toHaveBeenCalled();
    // Nothing before the frame, whatever else runs meanwhile (here, a message of its own).
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(0);
    });
    expect(fn).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    // The frame's own callback is not yet after its paint: the message that follows is.
    frames[0]!(0);
    expect(fn).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(1));
  });
});

describe('markEvaluated', () => {
  it('marks once, however often it is called', () => {
    markEvaluated();
    markEvaluated();
    expect(performance.getEntriesByName('evaluated', 'mark')).toHaveLength(1);
  });
});
