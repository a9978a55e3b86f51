import { describe, expect, it } from 'vitest';
import { Autosaver, type SaveStatus } from '../../src/drafts/autosave';
import type { Draft } from '../../src/drafts/draft';
import type { DraftWriter } from '../../src/drafts/store';
import { ManualTimers } from '../fixtures/timers';

/** A store whose writes wait until the test lets them finish (or fail). */
class HeldStore implements DraftWriter {
  puts: Draft[] = [];
  private held: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  failWith: unknown = null;
  put(draft: Draft): Promise<void> {
    this.puts.push(draft);
    return new Promise((resolve, reject) => this.held.push({ resolve, reject }));
  }
  /** Finishes the oldest write waiting. */
  finish(): void {
    const w = this.held.shift();
    if (!w) throw new Error('no write waits');
    if (this.failWith) w.reject(this.failWith);
    else w.resolve();
  }
}

const draft = (n: number): Draft => ({ format: 1, id: 'd', title: `v${n}`, updatedAt: n, scenario: { n } });
const tick = () => new Promise<void>((resolve) => queueMicrotask(resolve)).then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

function setup() {
  const store = new HeldStore();
  const timers = new ManualTimers();
  const statuses: SaveStatus[] = [];
  const saver = new Autosaver(store, (s) => statuses.push(s), 400, timers);
  return { store, timers, statuses, saver };
}

describe('Autosaver', () => {
  it('stores the newest version once the delay passes, not every keystroke', async () => {
    const { store, timers, statuses, saver } = setup();
    saver.change(draft(1));
    saver.change(draft(2));
    saver.change(draft(3));
    expect(timers.waiting.size).toBe(1);
    expect(store.puts).toEqual([]);
    expect(saver.unsaved).toBe(true);
    timers.fire();
    await tick();
    expect(store.puts.map((d) => d.updatedAt)).toEqual([3]);
    store.finish();
    await tick();
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 3 });
    expect(saver.unsaved).toBe(false);
  });

  it('flushes at once when asked (the page is hidden), without waiting for the delay', async () => {
    const { store, timers, saver } = setup();
    saver.change(draft(1));
    const flushed = saver.flush();
    expect(timers.waiting.size).toBe(0);
    await tick();
    expect(store.puts).toHaveLength(1);
    store.finish();
    await flushed;
    expect(saver.unsaved).toBe(false);
  });

  it('writes one version at a time: a change during a write is written after it', async () => {
    const { store, timers, statuses, saver } = setup();
    saver.change(draft(1));
    timers.fire();
    await tick();
    saver.change(draft(2));
    timers.fire();
    await tick();
    // The second write waits for the first.
    expect(store.puts.map((d) => d.updatedAt)).toEqual([1]);
    store.finish();
    await tick();
    expect(store.puts.map((d) => d.updatedAt)).toEqual([1, 2]);
    expect(statuses.at(-1)).toEqual({ state: 'pending' });
    store.finish();
    await tick();
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 2 });
  });

  it('says plainly when storing fails, keeps the draft, and tries again with the next change', async () => {
    const { store, timers, statuses, saver } = setup();
    store.failWith = new DOMException('full', 'QuotaExceededError');
    saver.change(draft(1));
    timers.fire();
    await tick();
    store.finish();
    await tick();
    expect(statuses.at(-1)).toEqual({ state: 'failed', reason: 'the browser has no more room for this site\u2019s data' });
    expect(saver.unsaved).toBe(true);
    store.failWith = null;
    saver.change(draft(2));
    // Still failed until a write succeeds.
    expect(statuses.at(-1)).toMatchObject({ state: 'failed' });
    timers.fire();
    await tick();
    expect(store.puts.at(-1)!.updatedAt).toBe(2);
    store.finish();
    await tick();
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 2 });
  });

  it('a failed version is written by the next flush even with no new change', async () => {
    const { store, timers, saver } = setup();
    store.failWith = new Error('disk');
    saver.change(draft(1));
    timers.fire();
    await tick();
    store.finish();
    await tick();
    store.failWith = null;
    const flushed = saver.flush();
    await tick();
    expect(store.puts.map((d) => d.updatedAt)).toEqual([1, 1]);
    store.finish();
    await flushed;
    expect(saver.unsaved).toBe(false);
  });
});
