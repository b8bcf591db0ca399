import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './government-words.json' with { type: 'json' };

const GovernmentWordsSchema = z.object({
  description: z.string(),
  governmentVerbGap: z.array(LowerWord).min(1),
  governmentClauseOpeners: z.array(LowerWord).min(1),
});

export interface GovernmentWords {
  /** "the government has also condemned": between "the government" and its verb, besides adverbs. */
  governmentVerbGap: ReadonlySet<string>;
  /** "said that the government rejected": words after which "the government" opens a clause. */
  governmentClauseOpeners: ReadonlySet<string>;
}

let cached: GovernmentWords | undefined;

/** Words of the government anaphor (government-words.json), validated once. */
export function governmentWords(): GovernmentWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(GovernmentWordsSchema, wordsJson, 'relations/government-words.json');
  cached = {
    governmentVerbGap: new Set(lists.governmentVerbGap),
    governmentClauseOpeners: new Set(lists.governmentClauseOpeners),
  };
  return cached;
}
