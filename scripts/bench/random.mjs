/** Deterministic randomness for the synthetic corpora: the same seed, the same corpus. */

/** mulberry32: a small, fast 32-bit generator; returns floats in [0, 1). */
export { seededRandom as rng } from '../../packages/exports/dist/index.js';

export const int = (random, min, max) => min + Math.floor(random() * (max - min + 1));
export const pick = (random, list) => list[Math.floor(random() * list.length)];

/**
 * Ranks 0..n-1 drawn with probability ∝ 1 / (rank + 1)^s: a few entities in most articles, a long
 * tail in one or two, as in news.
 */
export function zipf(random, n, s = 1) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i += 1) cdf[i] = sum += 1 / (i + 1) ** s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
