import { describe, expect, it, vi } from 'vitest';
import { readDraftMessage } from '../../src/drafts/channel';
import { DraftPen, penName, type Locks, type PenState } from '../../src/drafts/pen';

/** Web Locks as the spec has them, for one page's worth of tabs: held until the callback's promise settles, then granted in order. */
class FakeLocks implements Locks {
  private held = new Set<string>();
  private queue: { name: string; grant: () => void }[] = [];

  holds(name: string): boolean {
    return this.held.has(name);
  }

  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown> {
    const run = async () => {
      this.held.add(name);
      try {
        return await callback({ name });
      } finally {
        this.held.delete(name);
        const next = this.queue.findIndex((q) => q.name === name);
        if (next >= 0) this.queue.splice(next, 1)[0]!.grant();
      }
    };
    if (!this.held.has(name)) return run();
    if (options.ifAvailable) return Promise.resolve(callback(null));
    return new Promise((resolve, reject) => {
      const entry = { name, grant: () => void run().then(resolve, reject) };
      this.queue.push(entry);
      options.signal?.addEventListener('abort', () => {
        this.queue = this.queue.filter((q) => q !== entry);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
  }
}

function tab(locks: Locks, id = 'd1') {
  const seen: PenState[] = [];
  const pen = new DraftPen(id, (s) => seen.push(s), locks);
  return { pen, seen };
}

describe('DraftPen', () => {
  it('the first tab holds the pen; a second reads along', async () => {
    const locks = new FakeLocks();
    const a = tab(locks);
    const b = tab(locks);
    await a.pen.start();
    await b.pen.start();
    expect(a.pen.state).toBe('holding');
    expect(b.pen.state).toBe('elsewhere');
  });

  it('letting go hands the pen to the tab waiting, and the first waits in turn', async () => {
    const locks = new FakeLocks();
    const a = tab(locks);
    const b = tab(locks);
    await a.pen.start();
    await b.pen.start();
    a.pen.letGo();
    await vi.waitFor(() => expect(b.pen.state).toBe('holding'));
    expect(a.pen.state).toBe('elsewhere');
    b.pen.close();
    await vi.waitFor(() => expect(a.pen.state).toBe('holding'));
  });

  it('a closed tab stops waiting and never takes the pen afterwards', async () => {
    const locks = new FakeLocks();
    const a = tab(locks);
    const b = tab(locks);
    await a.pen.start();
    await b.pen.start();
    b.pen.close();
    a.pen.close();
    // Free again, and the closed tab, which was waiting, never took it: a third tab holds it at once.
    await vi.waitFor(() => expect(locks.holds(penName('d1'))).toBe(false));
    expect(b.seen).toEqual(['elsewhere']);
    const c = tab(locks);
    await c.pen.start();
    expect(c.pen.state).toBe('holding');
  });

  it('drafts do not share a pen', async () => {
    const locks = new FakeLocks();
    const a = tab(locks, 'one');
    const b = tab(locks, 'two');
    await a.pen.start();
    await b.pen.start();
    expect([a.pen.state, b.pen.state]).toEqual(['holding', 'holding']);
  });

  it('without Web Locks the tab writes as if alone', async () => {
    const alone = new DraftPen('d1', () => {}, null);
    await alone.start();
    expect(alone.state).toBe('alone');
  });
});

describe('messages between tabs', () => {
  it('takes the two kinds of message and nothing else', () => {
    expect(readDraftMessage({ kind: 'saved', id: 'd1', updatedAt: 5 })).toEqual({ kind: 'saved', id: 'd1', updatedAt: 5 });
    expect(readDraftMessage({ kind: 'handover', id: 'd1' })).toEqual({ kind: 'handover', id: 'd1' });
    expect(readDraftMessage({ kind: 'handover', id: '../d1' })).toBeNull();
    expect(readDraftMessage({ kind: 'saved', id: 'd1' })).toBeNull();
    expect(readDraftMessage({ kind: 'saved', id: 'd1', updatedAt: 5, extra: 1 })).toBeNull();
    expect(readDraftMessage('saved')).toBeNull();
  });
});
