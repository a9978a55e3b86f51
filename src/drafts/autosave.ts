/**
 * Stores a draft shortly after each change (at most `delayMs` later), at once when asked
 * (the page is hidden or closed), and one write at a time: a change made while a write runs
 * is written after it. When a write fails, the draft stays in memory, the status says why,
 * and the next change or flush tries again. Framework-free: timers and the store are given.
 */
import type { Draft } from './draft';
import { describeStorageError, type DraftWriter } from './store';

export type SaveStatus = { state: 'saved'; at: number } | { state: 'pending' } | { state: 'failed'; reason: string };

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class Autosaver {
  /** The newest version not yet stored. */
  private waiting: Draft | null = null;
  private timer: unknown = null;
  private writing: Promise<void> | null = null;
  status: SaveStatus = { state: 'saved', at: 0 };

  constructor(
    private readonly store: DraftWriter,
    private readonly onStatus: (status: SaveStatus) => void,
    private readonly delayMs = 400,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** A new version of the draft: stored within `delayMs`. */
  change(draft: Draft): void {
    this.waiting = draft;
    if (this.status.state !== 'failed') this.report({ state: 'pending' });
    if (this.timer === null) this.timer = this.timers.set(() => void this.flush(), this.delayMs);
  }

  /** Stores what waits now; resolves once everything changed so far is stored (or has failed). */
  async flush(): Promise<void> {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
    while (this.writing) await this.writing;
    const draft = this.waiting;
    if (!draft) return;
    this.waiting = null;
    this.writing = this.write(draft);
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
    // Changed while it was written: write that too (after a failure, not before the next change or flush).
    if (this.waiting && this.status.state !== 'failed') await this.flush();
  }

  /** Whether a change is not stored yet. */
  get unsaved(): boolean {
    return this.waiting !== null || this.writing !== null || this.status.state === 'failed';
  }

  private async write(draft: Draft): Promise<void> {
    try {
      // Marked for any tool (npm run bench finds the frames a save falls in).
      performance.mark('standpoint:save');
      await this.store.put(draft);
      if (!this.waiting) this.report({ state: 'saved', at: draft.updatedAt });
    } catch (error) {
      // Kept to try again with the next change, unless a newer one is already waiting.
      this.waiting ??= draft;
      this.report({ state: 'failed', reason: describeStorageError(error) });
      if (this.timer !== null) this.timers.clear(this.timer);
      this.timer = null;
    }
  }

  private report(status: SaveStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}
