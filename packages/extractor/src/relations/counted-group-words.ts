import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './counted-group-words.json' with { type: 'json' };

const CountedGroupWordsSchema = z.object({
  description: z.string(),
  counts: z.record(LowerWord, z.number().int().min(2)),
  determiners: z.array(LowerWord).min(1),
  backSentences: z.number().int().min(0).max(10),
});

export interface CountedGroupWords {
  /** "the two Nordic countries": the count a word before a group gives. */
  counts: ReadonlyMap<string, number>;
  /** "the", "these": words that may open the phrase before the count. */
  determiners: ReadonlySet<string>;
  /** How many sentences back the counted list may stand. */
  backSentences: number;
}

let cached: CountedGroupWords | undefined;

/** Words of counted groups (counted-group-words.json), validated once. */
export function countedGroupWords(): CountedGroupWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    CountedGroupWordsSchema,
    wordsJson,
    'relations/counted-group-words.json',
  );
  cached = {
    counts: new Map(Object.entries(lists.counts)),
    determiners: new Set(lists.determiners),
    backSentences: lists.backSentences,
  };
  return cached;
}
