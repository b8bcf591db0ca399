import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './thanks-words.json' with { type: 'json' };

const ThanksWordsSchema = z.object({
  description: z.string(),
  thanksVerbs: z.array(LowerWord).min(1),
  thankedNouns: z.array(LowerWord).min(1),
});

export interface ThanksWords {
  /** "X thanked Y for its support": forms of the verb of thanks. */
  thanksVerbs: ReadonlySet<string>;
  /** "thanked Y for its support / economic aid": nouns of the help that Y gave. */
  thankedNouns: ReadonlySet<string>;
}

let cached: ThanksWords | undefined;

/** Words of the thanked-support rule (thanks-words.json), validated once. */
export function thanksWords(): ThanksWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ThanksWordsSchema, wordsJson, 'relations/thanks-words.json');
  cached = {
    thanksVerbs: new Set(lists.thanksVerbs),
    thankedNouns: new Set(lists.thankedNouns),
  };
  return cached;
}
