import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import wordsJson from './coercion-words.json' with { type: 'json' };

const CoercionWordsSchema = z.object({
  description: z.string(),
  takingVerbs: z.array(LowerWord).min(1),
  takenNouns: z.array(LowerWord).min(1),
  strippingVerbs: z.array(LowerWord).min(1),
  assetVerbs: z.array(LowerWord).min(1),
  assetNouns: z.array(LowerWord).min(1),
  threatVerbs: z.array(LowerWord).min(1),
});

export interface CoercionWords {
  /** "X seized Z from Y": forms of verbs of taking by force. */
  takingVerbs: ReadonlySet<string>;
  /** "seized control / the town from Y": what is taken, when not a named place. */
  takenNouns: ReadonlySet<string>;
  /** "X stripped Y of Z": forms of verbs of deprivation. */
  strippingVerbs: ReadonlySet<string>;
  /** "X froze Y's assets": forms of verbs that freeze or take property. */
  assetVerbs: ReadonlySet<string>;
  /** "froze Y's assets / the accounts of Y": property whose owner the act is aimed at. */
  assetNouns: ReadonlySet<string>;
  /** "X threatened to sanction Y", "threatened sanctions against Y": forms of the verb of threat. */
  threatVerbs: ReadonlySet<string>;
}

let cached: CoercionWords | undefined;

/** Words of the coercion rules (coercion-words.json), validated once. */
export function coercionWords(): CoercionWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(CoercionWordsSchema, wordsJson, 'relations/coercion-words.json');
  cached = {
    takingVerbs: new Set(lists.takingVerbs),
    takenNouns: new Set(lists.takenNouns),
    strippingVerbs: new Set(lists.strippingVerbs),
    assetVerbs: new Set(lists.assetVerbs),
    assetNouns: new Set(lists.assetNouns),
    threatVerbs: new Set(lists.threatVerbs),
  };
  return cached;
}
