/**
 * mulberry32: a small, fast, seeded generator with a 2^32 period. Plain code with no Node
 * imports, so the synthetic scenarios and the benchmark's peer pages (in the browser) share it.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
