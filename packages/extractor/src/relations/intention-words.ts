import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './intention-words.json' with { type: 'json' };

const IntentionWordsSchema = z.object({
  description: z.string(),
  intentionNouns: z.array(LowerWord).min(1),
  urgingNouns: z.array(LowerWord).min(1),
});

export interface IntentionWords {
  /** "X's decision to back Y": nouns of a settled intention, whose owner takes the stance. */
  intentionNouns: ReadonlySet<string>;
  /** "X's call to ban Y": nouns of urging, whose owner wants the act and so takes its stance. */
  urgingNouns: ReadonlySet<string>;
}

let cached: IntentionWords | undefined;

/** Words of the intended-stance rule (intention-words.json), validated once. */
export function intentionWords(): IntentionWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(IntentionWordsSchema, wordsJson, 'relations/intention-words.json');
  cached = {
    intentionNouns: new Set(lists.intentionNouns),
    urgingNouns: new Set(lists.urgingNouns),
  };
  return cached;
}
