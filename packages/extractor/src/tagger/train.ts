import type { Lexicon } from '../lexicon/lexicon.js';
import {
  documentCase,
  DYNAMIC_SLOTS,
  dynamicFeatures,
  SentenceFeatures,
  STATIC_SLOTS,
} from './features.js';
import { bestTag, scoreToken, transitions, type TaggerModel } from './model.js';
import { CAPITALIZED } from './token-hashes.js';

export interface TrainingSentence {
  words: readonly string[];
  tags: readonly string[];
}
export type TrainingDocument = readonly TrainingSentence[];

export interface TrainOptions {
  task: string;
  /** 2^bits hashed feature buckets. */
  bits: number;
  /** At most this many passes over the data. */
  epochs: number;
  seed: number;
  bio: boolean;
  /** Scores a snapshot (the averaged weights so far) on held-out data; higher is better. */
  evaluate?: (model: TaggerModel) => number;
  /** Stop after this many epochs without a better held-out score. */
  patience?: number;
  /** Told after each epoch. */
  onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  epoch: number;
  /** Tokens tagged wrongly during the pass (before the update). */
  errors: number;
  tokens: number;
  score?: number;
}

export interface TrainResult {
  model: TaggerModel;
  epochs: EpochReport[];
  /** The epoch whose averaged weights were kept. */
  best: number;
}

/** Static features of a whole training set, computed once. */
interface Prepared {
  feats: Int32Array;
  lower: Int32Array;
  shape: Int32Array;
  capital: Uint8Array;
  gold: Int32Array;
  /** Per document, per sentence: [first token, last token). */
  documents: Array<Array<[number, number]>>;
}

function prepare(
  docs: readonly TrainingDocument[],
  tagIndex: Map<string, number>,
  lex: Lexicon,
): Prepared {
  const total = docs.reduce((n, d) => n + d.reduce((m, s) => m + s.words.length, 0), 0);
  const p: Prepared = {
    feats: new Int32Array(total * STATIC_SLOTS),
    lower: new Int32Array(total),
    shape: new Int32Array(total),
    capital: new Uint8Array(total),
    gold: new Int32Array(total),
    documents: [],
  };
  const sf = new SentenceFeatures(lex);
  let at = 0;
  for (const doc of docs) {
    const sentences = doc.map((s) => s.words.map((text) => ({ text })));
    const docCase = documentCase(sentences);
    const ranges: Array<[number, number]> = [];
    sentences.forEach((words, s) => {
      sf.compute(words, docCase);
      const n = words.length;
      p.feats.set(sf.feats.subarray(0, n * STATIC_SLOTS), at * STATIC_SLOTS);
      p.lower.set(sf.hashes.lower.subarray(0, n), at);
      p.shape.set(sf.hashes.shape.subarray(0, n), at);
      for (let i = 0; i < n; i++) {
        p.capital[at + i] = (sf.hashes.props[i] ?? 0) & CAPITALIZED ? 1 : 0;
        p.gold[at + i] = tagIndex.get(doc[s]?.tags[i] ?? 'O') ?? 0;
      }
      ranges.push([at, at + n]);
      at += n;
    });
    p.documents.push(ranges);
  }
  return p;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32); the pair-stance trainer's too. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains a greedy averaged perceptron (Collins 2002) over hashed features: each token is tagged
 * with the tags it predicted before it, as at run time, and on a mistake the gold tag's weights
 * rise and the predicted tag's fall. Documents are shuffled per epoch by `seed`; the averaged
 * weights of the epoch with the best held-out score are kept.
 */
export function trainTagger(
  docs: readonly TrainingDocument[],
  lex: Lexicon,
  options: TrainOptions,
): TrainResult {
  const tags = tagSet(docs);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const data = prepare(docs, tagIndex, lex);
  const nTags = tags.length;
  const size = (1 << options.bits) * nTags;
  const w = new Float32Array(size);
  const model: TaggerModel = {
    task: options.task,
    version: 1,
    tags,
    bits: options.bits,
    bio: options.bio,
    weights: w,
  };
  const u = new Float64Array(size);
  const state = { c: 1, w, u };
  const next = random(options.seed);
  const order = data.documents.map((_, i) => i);
  const epochs: EpochReport[] = [];
  let best: { score: number; epoch: number; weights: Float32Array } | undefined;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    const errors = order.reduce(
      (n, d) => n + trainDocument(model, data, data.documents[d] ?? [], state),
      0,
    );
    const averaged = average(state);
    const report: EpochReport = { epoch, errors, tokens: data.gold.length };
    if (options.evaluate) report.score = options.evaluate({ ...model, weights: averaged });
    epochs.push(report);
    options.onEpoch?.(report);
    const score = report.score ?? -errors;
    if (best === undefined || score > best.score) best = { score, epoch, weights: averaged };
    else if (epoch - best.epoch >= (options.patience ?? 3)) break;
  }
  return {
    model: { ...model, weights: best?.weights ?? average(state) },
    epochs,
    best: best?.epoch ?? 0,
  };
}

interface State {
  c: number;
  w: Float32Array;
  u: Float64Array;
}

function average({ c, w, u }: State): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = (w[i] ?? 0) - (u[i] ?? 0) / c;
  return out;
}

function trainDocument(
  model: TaggerModel,
  data: Prepared,
  ranges: ReadonlyArray<[number, number]>,
  state: State,
): number {
  const nTags = model.tags.length;
  const mask = (1 << model.bits) - 1;
  const scores = new Float64Array(nTags);
  const dynamic = new Int32Array(DYNAMIC_SLOTS);
  const allowed = transitions(model.tags, model.bio);
  const history = new Map<number, number>();
  let errors = 0;
  for (const [first, last] of ranges) {
    let prev = -1;
    let prev2 = -1;
    for (let i = first; i < last; i++) {
      const lw = data.lower[i] ?? 0;
      const capital = data.capital[i] === 1;
      const seen = capital ? (history.get(lw) ?? -1) : -2;
      dynamicFeatures(dynamic, { prev, prev2, history: seen }, lw, data.shape[i] ?? 0);
      scoreToken(model, data.feats, i, dynamic, scores);
      const guess = bestTag(scores, allowed, prev);
      const gold = data.gold[i] ?? 0;
      if (guess !== gold) {
        errors++;
        const update = (h: number): void => {
          if (h === -1) return;
          const base = (h & mask) * nTags;
          state.w[base + gold] = (state.w[base + gold] ?? 0) + 1;
          state.w[base + guess] = (state.w[base + guess] ?? 0) - 1;
          state.u[base + gold] = (state.u[base + gold] ?? 0) + state.c;
          state.u[base + guess] = (state.u[base + guess] ?? 0) - state.c;
        };
        for (let k = 0; k < STATIC_SLOTS; k++) update(data.feats[i * STATIC_SLOTS + k] ?? -1);
        for (let k = 0; k < DYNAMIC_SLOTS; k++) update(dynamic[k] ?? -1);
      }
      state.c++;
      if (capital) history.set(lw, guess);
      prev2 = prev;
      prev = guess;
    }
  }
  return errors;
}

/** The tags of the data, "O" first, then sorted. */
function tagSet(docs: readonly TrainingDocument[]): string[] {
  const seen = new Set<string>();
  for (const doc of docs) for (const s of doc) for (const t of s.tags) seen.add(t);
  seen.delete('O');
  return ['O', ...[...seen].sort()];
}
