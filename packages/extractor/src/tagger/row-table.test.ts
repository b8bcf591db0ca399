import { describe, expect, it } from 'vitest';
import { STATIC_SLOTS } from './features.js';
import { scoreToken, sparseRowTable, type RowTable, type TaggerModel } from './model.js';

/** The table of a dense model's non-zero weights. */
function rowTable(weights: Int16Array, nTags: number): RowTable {
  const at: number[] = [];
  weights.forEach((w, i) => {
    if (w !== 0) at.push(i);
  });
  const values = Int16Array.from(at, (i) => weights[i] ?? 0);
  return sparseRowTable(Int32Array.from(at), values, nTags);
}

/** A 32-bit linear congruential generator: the same numbers on every run. */
function numbers(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8;
}

/** A dense weight array with `rows` non-zero rows among `buckets`, some rows partly zero. */
function denseWeights(buckets: number, nTags: number, rows: number, seed: number): Int16Array {
  const weights = new Int16Array(buckets * nTags);
  const next = numbers(seed);
  for (let r = 0; r < rows; r++) {
    const b = next() % buckets;
    for (let t = 0; t < nTags; t++)
      if (next() % 3 !== 0) weights[b * nTags + t] = (next() % 65535) - 32767;
  }
  return weights;
}

/** Scores of three tokens' random features (some empty), from the dense weights and the table. */
function scoresBoth(bits: number, nTags: number, rows: number): Array<[number[], number[]]> {
  const weights = denseWeights(1 << bits, nTags, rows, bits * nTags);
  const tags = Array.from({ length: nTags }, (_, t) => `T${t}`);
  const dense: TaggerModel = { task: 't', version: 1, tags, bits, bio: false, weights };
  const table = rowTable(weights, nTags);
  const sparse: TaggerModel = { ...dense, weights: new Int16Array(0), table };
  const next = numbers(rows);
  const hash = (i: number): number => (i % 11 === 0 ? -1 : next() | (next() << 24));
  const feats = new Int32Array(3 * STATIC_SLOTS).map((_, i) => hash(i + 1));
  const dynamic = Int32Array.from([hash(0), hash(1), hash(2), hash(3), hash(4)]);
  const out: Array<[number[], number[]]> = [];
  for (let token = 0; token < 3; token++) {
    const a = new Float64Array(nTags);
    const b = new Float64Array(nTags);
    scoreToken(dense, feats, token, dynamic, a);
    scoreToken(sparse, feats, token, dynamic, b);
    out.push([[...a], [...b]]);
  }
  return out;
}

describe('row table', () => {
  it('scores exactly as the dense weights do, for few and many tags', () => {
    for (const [bits, nTags, rows] of [
      [12, 9, 1500],
      [13, 46, 5000],
      [18, 20, 9000],
    ] as const) {
      for (const [dense, table] of scoresBoth(bits, nTags, rows)) {
        expect(table).toEqual(dense);
        expect(dense.some((v) => v !== 0)).toBe(true);
      }
    }
  });

  it('keeps only non-zero weights, and no row for a bucket whose listed weights are all zero', () => {
    const table = sparseRowTable(
      Int32Array.from([3, 4, 10, 11]),
      Int16Array.from([0, 0, 7, -2]),
      3,
    );
    const buckets = [...table.slots].filter((_, k) => k % 2 === 0 && table.slots[k] !== -1);
    expect(buckets).toEqual([3]);
    expect([...table.cells]).toEqual([1 * 65536 + 7, 2 * 65536 + (-2 & 0xffff)]);
  });
});
