/** Counts events per key (an address) in a sliding window of fixed slots; says when a key has had too many. */
export class RateLimit {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records one event for `key`; false when that goes over the limit (the event is still counted). */
  hit(key: string): boolean {
    const t = this.now();
    const recent = (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs);
    recent.push(t);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(t);
    return recent.length <= this.max;
  }

  /** Whether `key` is over the limit now, without counting an event. */
  blocked(key: string): boolean {
    const t = this.now();
    return (this.hits.get(key) ?? []).filter((at) => t - at < this.windowMs).length > this.max;
  }

  private sweep(t: number): void {
    for (const [key, times] of this.hits) if (times.every((at) => t - at >= this.windowMs)) this.hits.delete(key);
  }
}
