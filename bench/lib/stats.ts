/** Small statistics for benchmark figures. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  /** How many runs gave a value. */
  n: number;
}

/** The p-th percentile (0–100) by linear interpolation between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Median, min and max of the values that are numbers; null when there are none. */
export function summarize(values: readonly (number | null | undefined)[]): Summary | null {
  const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (nums.length === 0) return null;
  return { median: median(nums), min: Math.min(...nums), max: Math.max(...nums), n: nums.length };
}

/**
 * The median of times where null means "not within the timeout", which counts as later than
 * any time; null when the median itself is such a load. An even count averages the middle two.
 */
export function medianOrNever(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  const m = ((sorted[Math.floor(mid)] ?? Infinity) + (sorted[Math.ceil(mid)] ?? Infinity)) / 2;
  return Number.isFinite(m) ? m : null;
}
