import type { TaggerModel } from '../tagger/model.js';
import { random } from '../tagger/train.js';
import { classifyPair, PAIR_LABELS } from './pair-model.js';

/** One training pair: its hashed features and its class (an index into PAIR_LABELS). */
export interface PairExample {
  features: readonly number[];
  label: number;
}

export interface PairTrainOptions {
  bits: number;
  epochs: number;
  seed: number;
}

/**
 * A multiclass averaged perceptron over hashed pair features (the tagger's learner without the
 * sequence): examples shuffled per epoch by `seed`, so the same data and seed give the same weights.
 */
export function trainPairModel(
  examples: readonly PairExample[],
  options: PairTrainOptions,
): TaggerModel {
  const n = PAIR_LABELS.length;
  const mask = (1 << options.bits) - 1;
  const w = new Float32Array((1 << options.bits) * n);
  const u = new Float64Array(w.length);
  const model: TaggerModel = {
    task: 'pair-stance',
    version: 1,
    tags: PAIR_LABELS,
    bits: options.bits,
    bio: false,
    weights: w,
  };
  const next = random(options.seed);
  const order = examples.map((_, i) => i);
  let c = 1;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const e of order) {
      const example = examples[e];
      if (example === undefined) continue;
      const guess = classifyPair(model, example.features).label;
      if (guess !== example.label) {
        for (const h of example.features) {
          const base = (h & mask) * n;
          w[base + example.label] = (w[base + example.label] ?? 0) + 1;
          w[base + guess] = (w[base + guess] ?? 0) - 1;
          u[base + example.label] = (u[base + example.label] ?? 0) + c;
          u[base + guess] = (u[base + guess] ?? 0) - c;
        }
      }
      c++;
    }
  }
  const averaged = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) averaged[i] = (w[i] ?? 0) - (u[i] ?? 0) / c;
  return { ...model, weights: averaged };
}
