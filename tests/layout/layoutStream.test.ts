import { describe, expect, it } from 'vitest';
import { coolLayout, startLayoutStream, warmLayout } from '../../src/layout/layoutStream';
import type { LayoutUpdate } from '../../src/layout/layout.worker';
import { FakeLayoutWorker as FakeWorker, useFakeLayoutWorker } from '../fixtures/layoutWorker';
import { syntheticScenario } from '../../scripts/synthetic';

const update = (u: LayoutUpdate) => [u.positions[0], u.done];

describe('layout streams', () => {
  useFakeLayoutWorker();

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
    worker.answer(new Float32Array([1, 1]), false);
    worker.answer(new Float32Array([2, 2]), true);
    expect(got).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(worker.terminated).toBe(true);
  });

  it('a stopped stream ends its worker and passes nothing on', () => {
    const stream = startLayoutStream(syntheticScenario(3));
    const got: unknown[] = [];
    stream.listen((u) => got.push(update(u)));
    stream.stop();
    FakeWorker.made[0]!.answer(new Float32Array([1, 1]), false);
    expect(got).toEqual([]);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('a worker warmed while a big file is checked is the one its layout runs in; one cooled is ended', () => {
    warmLayout();
    warmLayout();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.sent).toEqual([]);
    startLayoutStream(syntheticScenario(3));
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.sent).toHaveLength(1);
    warmLayout();
    coolLayout();
    expect(FakeWorker.made[1]!.terminated).toBe(true);
    startLayoutStream(syntheticScenario(3));
    expect(FakeWorker.made).toHaveLength(3);
  });
});
