import { NewsgraphError } from '@newsgraph/graph-schema';
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
 * The non-zero weights only, row by row, in an open-addressing hash table keyed by bucket: a few
 * MB that stay in cache, where the dense array of every bucket is tens of MB of mostly zeros. A
 * row keeps only its non-zero weights (a few of a model's tags), so scoring adds only those.
 */
export interface RowTable {
  /**
   * Slot k: its bucket at 2k (-1 where empty); at 2k + 1, where its row starts in `cells` times
   * 256 plus the row's length.
   */
  slots: Int32Array;
  /** Each row's non-zero weights in tag order, each as tag * 65536 + (weight & 0xffff). */
  cells: Int32Array;
  mask: number;
}

/** The most weights a table holds: a row's start times 256 stays a 32-bit integer. */
export const MAX_TABLE_WEIGHTS = 1 << 23;

/**
 * The table of a model's non-zero weights as a file lists them: `indices` (bucket * nTags + tag,
 * ascending) with their `values` (zeros are skipped). At most half its slots are used.
 */
export function sparseRowTable(indices: Int32Array, values: Int16Array, nTags: number): RowTable {
  let used = 0;
  let weights = 0;
  let last = -1;
  for (let e = 0; e < indices.length; e++) {
    if (values[e] === 0) continue;
    weights++;
    const b = ((indices[e] ?? 0) / nTags) | 0;
    if (b !== last) used++;
    last = b;
  }
  if (weights > MAX_TABLE_WEIGHTS || nTags > 255)
    throw new NewsgraphError('SCHEMA_VIOLATION', 'tagger model has too many weights or tags', {
      where: `${weights} weights, ${nTags} tags`,
    });
  let size = 1024;
  while (size < used * 2) size *= 2;
  // Locals, not the table's fields: this runs once, mostly before the JIT has optimised it.
  const slots = new Int32Array(size * 2).fill(-1);
  const cells = new Int32Array(weights);
  const mask = size - 1;
  const table: RowTable = { slots, cells, mask };
  let cell = 0;
  let slot = -1;
  last = -1;
  for (let e = 0; e < indices.length; e++) {
    const index = indices[e] ?? 0;
    const value = values[e] ?? 0;
    if (value === 0) continue;
    const b = (index / nTags) | 0;
    if (b !== last) {
      slot = b & mask;
      while (slots[2 * slot] !== -1) slot = (slot + 1) & mask;
      slots[2 * slot] = b;
      slots[2 * slot + 1] = cell * 256;
      last = b;
    }
    cells[cell++] = (index - b * nTags) * 65536 + (value & 0xffff);
    slots[2 * slot + 1] = (slots[2 * slot + 1] ?? 0) + 1;
  }
  return table;
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
  if (table !== undefined) {
    scoreRows(table, rowsOf(table, feats, offset, dynamic, mask), scores);
    return;
  }
  scores.fill(0);
  for (let k = 0; k < count + dynamic.length; k++) {
    const h = k < count ? (feats[offset + k] ?? -1) : (dynamic[k - count] ?? -1);
    if (h === -1) continue;
    const w = model.weights;
    const base = (h & mask) * nTags;
    for (let t = 0; t < nTags; t++) scores[t] = (scores[t] ?? 0) + (w[base + t] ?? 0);
  }
}

/** The rows of one token's features, in feature order (scratch, reused token after token). */
let rows = new Int32Array(64);

/**
 * Looks every feature of the token up first and adds the rows after: the lookups do not wait on
 * one another's additions, and the table mostly lies outside the cache. Returns how many of the
 * token's features have a row (in `rows`); a bucket the table lacks adds nothing.
 */
function rowsOf(
  table: RowTable,
  feats: Int32Array,
  offset: number,
  dynamic: Int32Array,
  mask: number,
): number {
  const { slots } = table;
  const slotMask = table.mask;
  const total = STATIC_SLOTS + dynamic.length;
  if (rows.length < total) rows = new Int32Array(total * 2);
  let found = 0;
  for (let k = 0; k < total; k++) {
    const h = k < STATIC_SLOTS ? (feats[offset + k] ?? -1) : (dynamic[k - STATIC_SLOTS] ?? -1);
    if (h === -1) continue;
    const bucket = h & mask;
    for (let slot = bucket & slotMask; ; slot = (slot + 1) & slotMask) {
      const key = slots[2 * slot];
      if (key === bucket) {
        rows[found++] = slots[2 * slot + 1] ?? 0;
        break;
      }
      if (key === -1 || key === undefined) break;
    }
  }
  return found;
}

/**
 * Adds the non-zero weights of the first `found` rows to `scores` (cleared first). The scores are
 * sums of integers, exact in any order, so skipping the zeros changes none of them.
 */
function scoreRows(table: RowTable, found: number, scores: Float64Array): void {
  const { cells } = table;
  scores.fill(0);
  for (let r = 0; r < found; r++) {
    const row = rows[r] ?? 0;
    const from = row >>> 8;
    const to = from + (row & 255);
    for (let c = from; c < to; c++) {
      const cell = cells[c] ?? 0;
      const t = cell >>> 16;
      scores[t] = (scores[t] ?? 0) + ((cell << 16) >> 16);
    }
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
