/**
 * Who may write a draft when it is open in several tabs: the tab holding its pen, a Web Lock
 * named after the draft. The others read along (see drafts/channel.ts) and may ask for the
 * pen: the holder stores what it has, lets go, and the asker takes it. A tab that closes or
 * crashes lets go by itself, and a tab waiting for the pen then gets it.
 * Framework-free: the lock manager is given, so a test can use its own.
 */

/** The part of `navigator.locks` the pen uses. */
export interface Locks {
  request(name: string, options: { ifAvailable?: boolean; signal?: AbortSignal }, callback: (lock: unknown) => Promise<void> | void): Promise<unknown>;
}

export type PenState =
  /** This tab writes. */
  | 'holding'
  /** Another tab writes; this one reads along. */
  | 'elsewhere'
  /** No Web Locks here (an old browser): the tab writes, as if alone. */
  | 'alone';

export function penName(draftId: string): string {
  return `standpoint-draft-${draftId}`;
}

export class DraftPen {
  state: PenState = 'elsewhere';
  private release: (() => void) | null = null;
  private waiting: AbortController | null = null;
  private closed = false;

  constructor(
    private readonly draftId: string,
    private readonly onChange: (state: PenState) => void,
    private readonly locks: Locks | null = typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null,
  ) {}

  /**
   * Takes the pen if no other tab holds it; otherwise reads along and waits for it to be
   * free. Resolves once it is known which (the lock itself is held until let go).
   */
  start(): Promise<void> {
    const locks = this.locks;
    if (!locks) {
      this.set('alone');
      return Promise.resolve();
    }
    return new Promise<void>((known) => {
      locks
        .request(penName(this.draftId), { ifAvailable: true }, (lock) => {
          if (!lock) {
            if (!this.closed) {
              this.set('elsewhere');
              this.wait();
            }
            known();
            return;
          }
          const held = this.hold();
          known();
          return held;
        })
        .catch(() => {
          // The lock manager refused (a page without storage access): write as if alone.
          this.set('alone');
          known();
        });
    });
  }

  /** Lets go (the holder was asked for the pen, or the draft is closed). */
  letGo(): void {
    const release = this.release;
    this.release = null;
    if (release) {
      release();
      if (!this.closed) {
        this.set('elsewhere');
        this.wait();
      }
    }
  }

  /** The draft is closed in this tab: give the pen back and stop waiting for it. */
  close(): void {
    this.closed = true;
    this.waiting?.abort();
    this.waiting = null;
    this.release?.();
    this.release = null;
  }

  /** Held until let go: the lock lasts as long as the promise the callback returns. */
  private hold(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.set('holding');
    return new Promise<void>((resolve) => {
      this.release = resolve;
    });
  }

  /** Queues for the pen; granted when the holder lets go, closes or crashes. */
  private wait(): void {
    if (!this.locks || this.waiting) return;
    const controller = new AbortController();
    this.waiting = controller;
    this.locks
      .request(penName(this.draftId), { signal: controller.signal }, () => {
        this.waiting = null;
        return this.hold();
      })
      .catch(() => {
        // Aborted: the draft was closed while waiting.
      });
  }

  private set(state: PenState): void {
    this.state = state;
    this.onChange(state);
  }
}
