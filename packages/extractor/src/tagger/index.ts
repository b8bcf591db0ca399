import { lexicon } from '../lexicon/lexicon.js';
import { shippedTagger, type ShippedTask } from './load.js';
import type { TaggerModel } from './model.js';
import { SequenceTagger } from './tagger.js';
import {
  trainTagger as train,
  type TrainingDocument,
  type TrainOptions,
  type TrainResult,
} from './train.js';

export { decodeModel, encodeModel, quantize } from './model-io.js';
export { SHIPPED_TASKS, shippedModelUrl, type ShippedTask } from './load.js';
export type { TaggerModel } from './model.js';
export type {
  EpochReport,
  TrainingDocument,
  TrainingSentence,
  TrainOptions,
  TrainResult,
} from './train.js';
export { SequenceTagger };

/** A token span [start, end) of one sentence with its type. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** Tags of one sentence by a shipped model: "ner" (BIO PER/ORG/LOC/MISC), "pos" (Penn) or "chunk". */
export function tagSentence(words: readonly string[], task: ShippedTask = 'ner'): string[] {
  return shippedTagger(task).tagSentence(words.map((text) => ({ text })));
}

/** Tags of a document's sentences, with the document-wide features the models were trained with. */
export function tagDocument(
  sentences: readonly (readonly string[])[],
  task: ShippedTask = 'ner',
): string[][] {
  return shippedTagger(task).tagDocument(sentences.map((s) => s.map((text) => ({ text }))));
}

/** A tagger for a model in hand (one being trained or read from a file). */
export function createTagger(model: TaggerModel): SequenceTagger {
  return new SequenceTagger(model, lexicon());
}

/** Trains a model with the bundled lexicon's gazetteer features. */
export function trainTagger(docs: readonly TrainingDocument[], options: TrainOptions): TrainResult {
  return train(docs, lexicon(), options);
}

/** The entities of a BIO tag sequence (an "I-X" without a "B-X" before it starts one too). */
export function bioSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | undefined;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? undefined : tag.slice(2);
    if (open !== undefined && tag.startsWith('I-') && type === open.type) {
      open.end = i + 1;
      return;
    }
    open = type === undefined ? undefined : { start: i, end: i + 1, type };
    if (open) spans.push(open);
  });
  return spans;
}
