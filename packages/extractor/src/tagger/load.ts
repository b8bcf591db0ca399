import { readFileSync } from 'node:fs';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { lexicon } from '../lexicon/lexicon.js';
import { decodeModel } from './model-io.js';
import { SequenceTagger } from './tagger.js';

/** The models shipped with the package (packages/extractor/model, trained by `pnpm train:ner`). */
export const SHIPPED_TASKS = ['ner', 'pos', 'chunk'] as const;
export type ShippedTask = (typeof SHIPPED_TASKS)[number];

const loaded = new Map<ShippedTask, SequenceTagger>();

/** Where the shipped model of a task lies; the same relative path from src/ and dist/. */
export function shippedModelUrl(task: ShippedTask): URL {
  return new URL(`../../model/${task}.bin.gz`, import.meta.url);
}

/** The shipped tagger of a task, read once per process. */
export function shippedTagger(task: ShippedTask): SequenceTagger {
  const cached = loaded.get(task);
  if (cached !== undefined) return cached;
  const url = shippedModelUrl(task);
  let file: Buffer;
  try {
    file = readFileSync(url);
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', `no ${task} tagger model (run pnpm train:ner)`, {
      where: url.pathname,
      cause,
    });
  }
  const tagger = new SequenceTagger(decodeModel(file, url.pathname), lexicon());
  loaded.set(task, tagger);
  return tagger;
}
