import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './wanted-end-words.json' with { type: 'json' };

const WantedEndWordsSchema = z.object({
  description: z.string(),
  wantVerbs: z.array(LowerWord).min(1),
  endVerbs: z.array(LowerWord).min(1),
  endParticiples: z.array(LowerWord).min(1),
  endPhrase: z.array(LowerWord).min(1),
});

export interface WantedEndWords {
  /** "wants", "wanted". */
  wantVerbs: ReadonlySet<string>;
  /** "to end", "to stop". */
  endVerbs: ReadonlySet<string>;
  /** "lifted", "to be scrapped". */
  endParticiples: ReadonlySet<string>;
  /** "to come to an end": the words after "to". */
  endPhrase: readonly string[];
}

let cached: WantedEndWords | undefined;

/** Words of the wanted-end rule (wanted-end-words.json), validated once. */
export function wantedEndWords(): WantedEndWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(WantedEndWordsSchema, wordsJson, 'relations/wanted-end-words.json');
  cached = {
    wantVerbs: new Set(lists.wantVerbs),
    endVerbs: new Set(lists.endVerbs),
    endParticiples: new Set(lists.endParticiples),
    endPhrase: lists.endPhrase,
  };
  return cached;
}
