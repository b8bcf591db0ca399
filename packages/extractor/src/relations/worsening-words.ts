import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './worsening-words.json' with { type: 'json' };

const WorseningWordsSchema = z.object({
  description: z.string(),
  worseningWords: z.array(LowerWord).min(1),
  changeGap: z.array(LowerWord).min(1),
});

export interface WorseningWords {
  /** "soured", "strained": relations between two parties went or are bad. */
  worseningWords: ReadonlySet<string>;
  /** "have since": between a pair and its worsening word, besides adverbs. */
  changeGap: ReadonlySet<string>;
}

let cached: WorseningWords | undefined;

/** Words of the worsening frame (worsening-words.json), validated once. */
export function worseningWords(): WorseningWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(WorseningWordsSchema, wordsJson, 'relations/worsening-words.json');
  cached = {
    worseningWords: new Set(lists.worseningWords),
    changeGap: new Set(lists.changeGap),
  };
  return cached;
}
