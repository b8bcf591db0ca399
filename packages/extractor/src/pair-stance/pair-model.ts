import type { TaggerModel } from '../tagger/model.js';

/** The classes, A the mention first in the text: none, A supports B, B supports A, A opposes B, B opposes A. */
export const PAIR_LABELS = ['none', 'a-supports-b', 'b-supports-a', 'a-opposes-b', 'b-opposes-a'];

/** A pair's best class and its margin over "none" (0 where "none" wins). */
export interface PairVerdict {
  label: number;
  margin: number;
}

/**
 * Scores hashed features with a linear model (dense weights while training, the sparse row table
 * of a model read from a file) and returns the best class with its lead over "none".
 */
export function classifyPair(model: TaggerModel, features: readonly number[]): PairVerdict {
  const n = model.tags.length;
  const scores = new Float64Array(n);
  const mask = (1 << model.bits) - 1;
  for (const h of features) addRow(model, h & mask, scores);
  let label = 0;
  for (let t = 1; t < n; t++) if ((scores[t] ?? 0) > (scores[label] ?? 0)) label = t;
  return { label, margin: label === 0 ? 0 : (scores[label] ?? 0) - (scores[0] ?? 0) };
}

function addRow(model: TaggerModel, bucket: number, scores: Float64Array): void {
  const n = model.tags.length;
  const table = model.table;
  if (table === undefined) {
    const base = bucket * n;
    for (let t = 0; t < n; t++) scores[t] = (scores[t] ?? 0) + (model.weights[base + t] ?? 0);
    return;
  }
  const { slots, cells } = table;
  for (let slot = bucket & table.mask; ; slot = (slot + 1) & table.mask) {
    const key = slots[2 * slot];
    if (key === -1 || key === undefined) return;
    if (key !== bucket) continue;
    const row = slots[2 * slot + 1] ?? 0;
    const from = row >>> 8;
    for (let c = from; c < from + (row & 255); c++) {
      const cell = cells[c] ?? 0;
      const t = cell >>> 16;
      scores[t] = (scores[t] ?? 0) + ((cell << 16) >> 16);
    }
    return;
  }
}
