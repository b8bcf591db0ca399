import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './charge-words.json' with { type: 'json' };

const ChargeWordsSchema = z.object({
  description: z.string(),
  denyVerbs: z.array(LowerWord).min(1),
  chargeNouns: z.array(LowerWord).min(1),
  accusationNouns: z.array(LowerWord).min(1),
});

export interface ChargeWords {
  /** "X denied Y's charges": forms of the verb of denial. */
  denyVerbs: ReadonlySet<string>;
  /** "denied Indian charges", "denied the accusations by Y": what an accuser makes. */
  chargeNouns: ReadonlySet<string>;
  /** "denied Indian charges": the charge nouns that accuse the one denying them. */
  accusationNouns: ReadonlySet<string>;
}

let cached: ChargeWords | undefined;

/** Words of the denied-charge rule (charge-words.json), validated once. */
export function chargeWords(): ChargeWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(ChargeWordsSchema, wordsJson, 'relations/charge-words.json');
  cached = {
    denyVerbs: new Set(lists.denyVerbs),
    chargeNouns: new Set(lists.chargeNouns),
    accusationNouns: new Set(lists.accusationNouns),
  };
  return cached;
}
