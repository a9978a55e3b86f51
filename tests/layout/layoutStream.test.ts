import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLayoutEarly, startLayoutStream, takeLayoutStream } from '../../src/layout/layoutStream';
import type { LayoutUpdate } from '../../src/layout/layout.worker';
import { syntheticScenario } from '../../scripts/synthetic';

/** A stand-in for the layout worker: records what it is sent, and answers when told. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<LayoutUpdate>) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(done: boolean, x = 1) {
    this.onmessage?.({ data: { positions: new Float32Array([x, x]), done } } as MessageEvent<LayoutUpdate>);
  }
}

const update = (u: LayoutUpdate) => [u.positions[0], u.done];

describe('layout streams', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends the worker only who is there and who is linked, and passes its updates on until it is done', () => {
    const s = syntheticScenario(3);
    s.actors[0]!.pin = { x: 1, y: 2 };
    const stream = startLayoutStream(s);
    const worker = FakeWorker.made[0]!;
    expect(worker.sent).toEqual([
      { actors: s.actors.map((a) => ({ id: a.id, pin: a.pin })), relations: s.relations.map((r) => ({ source: r.source, target: r.target })) },
    ]);
    const got: unknown[] = [];
    stream.listen((u) => got.push(update(u)));
    worker.answer(false, 1);
    worker.answer(true, 2);
    expect(got).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('a layout started when the scenario opened is the one the network takes, with the latest positions it has', () => {
    const s = syntheticScenario(300);
    startLayoutEarly(s);
    const worker = FakeWorker.made[0]!;
    worker.answer(false, 1);
    worker.answer(false, 5);
    const stream = takeLayoutStream(s);
    expect(FakeWorker.made).toHaveLength(1);
    const got: unknown[] = [];
    stream.listen((u) => got.push(update(u)));
    expect(got).toEqual([[5, false]]);
    // Taken once: the next network of this scenario (after a reload of the view) starts its own.
    takeLayoutStream(s).stop();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('a layout started for another scenario is stopped, and the network starts its own', () => {
    const first = syntheticScenario(300, 1);
    const second = syntheticScenario(300, 2);
    startLayoutEarly(first);
    takeLayoutStream(second);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made[1]!.terminated).toBe(false);
  });

  it('a stopped stream ends its worker and passes nothing on', () => {
    const stream = startLayoutStream(syntheticScenario(3));
    const got: unknown[] = [];
    stream.listen((u) => got.push(update(u)));
    stream.stop();
    FakeWorker.made[0]!.answer(false);
    expect(got).toEqual([]);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });
});
