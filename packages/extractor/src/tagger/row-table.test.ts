import { describe, expect, it } from 'vitest';
import { rowTable, sparseRowTable } from './model.js';

/** A dense weight array with `rows` non-zero rows among `buckets`, some rows partly zero. */
function denseWeights(buckets: number, nTags: number, rows: number, seed: number): Int16Array {
  const weights = new Int16Array(buckets * nTags);
  let x = seed;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8;
  for (let r = 0; r < rows; r++) {
    const b = next() % buckets;
    for (let t = 0; t < nTags; t++)
      if (next() % 3 !== 0) weights[b * nTags + t] = (next() % 2001) - 1000;
  }
  return weights;
}

function nonZero(weights: Int16Array): { indices: Int32Array; values: Int16Array } {
  const at: number[] = [];
  weights.forEach((w, i) => {
    if (w !== 0) at.push(i);
  });
  return { indices: Int32Array.from(at), values: Int16Array.from(at.map((i) => weights[i] ?? 0)) };
}

describe('sparseRowTable', () => {
  it('builds the same table as the dense rowTable, slot for slot', () => {
    for (const [buckets, nTags, rows] of [
      [4096, 9, 300],
      [8192, 5, 3000],
      [1 << 14, 20, 9000],
    ] as const) {
      const weights = denseWeights(buckets, nTags, rows, buckets + rows);
      const { indices, values } = nonZero(weights);
      expect(sparseRowTable(indices, values, nTags)).toEqual(rowTable(weights, nTags));
    }
  });

  it('leaves out rows whose listed weights are all zero', () => {
    const table = sparseRowTable(Int32Array.from([3, 4, 10]), Int16Array.from([0, 0, 7]), 3);
    expect([...table.keys].filter((k) => k !== -1)).toEqual([3]);
    expect(table.rows[3 * 3 + 1]).toBe(7);
  });
});
