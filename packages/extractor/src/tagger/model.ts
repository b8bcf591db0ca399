import { STATIC_SLOTS } from './features.js';

/** A trained linear tagger: one weight row of `tags.length` per hashed feature bucket. */
export interface TaggerModel {
  /** What it tags: "ner", "pos", "chunk". */
  task: string;
  /** Format and training version, written into the file. */
  version: number;
  tags: readonly string[];
  /** 2^bits feature buckets. */
  bits: number;
  /** Tags are BIO: "I-X" only after "B-X" or "I-X". */
  bio: boolean;
  /**
   * The least score margin (best tag over the next) at which the tagger's PER and ORG names were
   * right at least 95% of the time on held-out data; the extractor's proposals need it.
   */
  proposalMargin?: number;
  /**
   * Row-major: weights[bucket * tags.length + tag]; integer weights once quantized. Empty in a
   * model read from a file, whose non-zero rows live in `table`.
   */
  weights: Float32Array | Int16Array;
  table?: RowTable;
}

/**
 * The non-zero weight rows only, in an open-addressing hash table keyed by bucket: a few MB that
 * stay in cache, where the dense array of every bucket is tens of MB of mostly zeros.
 */
export interface RowTable {
  /** Bucket of each slot, -1 where empty. */
  keys: Int32Array;
  rows: Int16Array;
  mask: number;
}

/** The table of a dense model's non-zero rows, at most half full. */
export function rowTable(weights: Int16Array, nTags: number): RowTable {
  const buckets = weights.length / nTags;
  const used: number[] = [];
  for (let b = 0; b < buckets; b++) {
    for (let t = 0; t < nTags; t++) {
      if (weights[b * nTags + t] !== 0) {
        used.push(b);
        break;
      }
    }
  }
  let size = 1024;
  while (size < used.length * 2) size *= 2;
  const table: RowTable = {
    keys: new Int32Array(size).fill(-1),
    rows: new Int16Array(size * nTags),
    mask: size - 1,
  };
  for (const b of used) {
    let slot = b & table.mask;
    while (table.keys[slot] !== -1) slot = (slot + 1) & table.mask;
    table.keys[slot] = b;
    table.rows.set(weights.subarray(b * nTags, (b + 1) * nTags), slot * nTags);
  }
  return table;
}

/**
 * The same table as {@link rowTable} from a model's non-zero weights alone, as a file lists them:
 * `indices` (bucket * nTags + tag, ascending) with their `values`. No dense array of every bucket
 * is built, so reading a model takes a fraction of the time.
 */
export function sparseRowTable(indices: Int32Array, values: Int16Array, nTags: number): RowTable {
  let used = 0;
  let last = -1;
  for (let e = 0; e < indices.length; e++) {
    const b = ((indices[e] ?? 0) / nTags) | 0;
    if (values[e] !== 0 && b !== last) {
      used++;
      last = b;
    }
  }
  let size = 1024;
  while (size < used * 2) size *= 2;
  const keys = new Int32Array(size).fill(-1);
  const rows = new Int16Array(size * nTags);
  const mask = size - 1;
  let slot = -1;
  last = -1;
  for (let e = 0; e < indices.length; e++) {
    const index = indices[e] ?? 0;
    const value = values[e] ?? 0;
    if (value === 0) continue;
    const b = (index / nTags) | 0;
    if (b !== last) {
      slot = b & mask;
      while (keys[slot] !== -1) slot = (slot + 1) & mask;
      keys[slot] = b;
      last = b;
    }
    rows[slot * nTags + index - b * nTags] = value;
  }
  return { keys, rows, mask };
}

/**
 * Adds the weight rows of token `token`'s STATIC_SLOTS features in `feats` and of the dynamic
 * features to `scores` (cleared first). Negative feature hashes are empty slots.
 */
export function scoreToken(
  model: TaggerModel,
  feats: Int32Array,
  token: number,
  dynamic: Int32Array,
  scores: Float64Array,
): void {
  const count = STATIC_SLOTS;
  const offset = token * STATIC_SLOTS;
  const nTags = model.tags.length;
  const mask = (1 << model.bits) - 1;
  const table = model.table;
  const w = table?.rows ?? model.weights;
  scores.fill(0);
  for (let k = 0; k < count + dynamic.length; k++) {
    const h = k < count ? (feats[offset + k] ?? -1) : (dynamic[k - count] ?? -1);
    if (h === -1) continue;
    const base = table === undefined ? (h & mask) * nTags : slotOf(table, h & mask) * nTags;
    if (base < 0) continue;
    for (let t = 0; t < nTags; t++) scores[t] = (scores[t] ?? 0) + (w[base + t] ?? 0);
  }
}

/** The slot of a bucket's row, or -1 where the bucket has no weights. */
function slotOf(table: RowTable, bucket: number): number {
  let slot = bucket & table.mask;
  for (;;) {
    const key = table.keys[slot];
    if (key === bucket) return slot;
    if (key === -1 || key === undefined) return -1;
    slot = (slot + 1) & table.mask;
  }
}

/** allowed[(prev + 1) * n + tag]: whether `tag` may follow `prev` (-1: the sentence start). */
export function transitions(tags: readonly string[], bio: boolean): Uint8Array {
  const n = tags.length;
  const allowed = new Uint8Array((n + 1) * n).fill(1);
  if (!bio) return allowed;
  for (let prev = -1; prev < n; prev++) {
    const before = prev < 0 ? 'O' : (tags[prev] ?? 'O');
    tags.forEach((tag, t) => {
      if (!tag.startsWith('I-')) return;
      const type = tag.slice(2);
      if (before !== `B-${type}` && before !== `I-${type}`) allowed[(prev + 1) * n + t] = 0;
    });
  }
  return allowed;
}

/** The best allowed tag after `prev`. */
export function bestTag(scores: Float64Array, allowed: Uint8Array, prev: number): number {
  const n = scores.length;
  let best = -1;
  let bestScore = -Infinity;
  for (let t = 0; t < n; t++) {
    const s = scores[t] ?? 0;
    if (allowed[(prev + 1) * n + t] === 1 && s > bestScore) {
      best = t;
      bestScore = s;
    }
  }
  return best;
}
