import { readFileSync } from 'node:fs';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { decodeModel } from '../tagger/model-io.js';
import type { TaggerModel } from '../tagger/model.js';

/** Where the shipped pair-stance model lies; the same relative path from src/ and dist/. */
export const PAIR_STANCE_MODEL_URL = new URL('../../model/pair-stance.bin.gz', import.meta.url);

let loaded: TaggerModel | undefined;

/** The shipped pair-stance classifier (`pnpm train:stance`), read once per process. */
export function shippedPairModel(): TaggerModel {
  if (loaded !== undefined) return loaded;
  let file: Buffer;
  try {
    file = readFileSync(PAIR_STANCE_MODEL_URL);
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', 'no pair-stance model (run pnpm train:stance)', {
      where: PAIR_STANCE_MODEL_URL.pathname,
      cause,
    });
  }
  const model = decodeModel(file, PAIR_STANCE_MODEL_URL.pathname);
  if (model.task !== 'pair-stance' || model.proposalMargin === undefined)
    throw new NewsgraphError('SCHEMA_VIOLATION', 'not a pair-stance model with a threshold', {
      where: PAIR_STANCE_MODEL_URL.pathname,
    });
  loaded = model;
  return model;
}
