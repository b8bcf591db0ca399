import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { CueHit } from './cue-matches.js';
import type { SentenceView } from './sentence-view.js';
import { DETERMINERS } from './word-classes.js';
import wordsJson from './occasion-object-words.json' with { type: 'json' };

const OccasionWordsSchema = z.object({
  description: z.string(),
  givingVerbs: z.array(LowerWord).min(1),
  occasionNouns: z.array(LowerWord).min(1),
});

interface OccasionWords {
  givingVerbs: ReadonlySet<string>;
  occasionNouns: ReadonlySet<string>;
}

let cached: OccasionWords | undefined;

/** Words of the given-occasion rule (occasion-object-words.json), validated once. */
export function occasionWords(): OccasionWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    OccasionWordsSchema,
    wordsJson,
    'relations/occasion-object-words.json',
  );
  cached = {
    givingVerbs: new Set(lists.givingVerbs),
    occasionNouns: new Set(lists.occasionNouns),
  };
  return cached;
}

/** "a rare opportunity", "a full public explanation": plain words that may modify the noun. */
const MODIFIER_REACH = 2;

/**
 * "X provides an opportunity for Y", "X provided an explanation to Y": a giving verb whose object
 * is a chance or a piece of information hands Y nothing that helps it, so the verb states no
 * support ("X provided weapons to Y" still does). True when the object right after the verb,
 * past determiners and up to two plain modifiers, is such a noun.
 */
export function givesOnlyOccasion(view: SentenceView, hit: CueHit): boolean {
  const { givingVerbs, occasionNouns } = occasionWords();
  if (!givingVerbs.has(view.words[hit.endToken - 1] ?? '')) return false;
  let t = hit.endToken;
  while (DETERMINERS.has(view.words[t] ?? '')) t++;
  for (let k = t; k <= t + MODIFIER_REACH; k++) {
    const word = view.words[k] ?? '';
    if (occasionNouns.has(word)) return true;
    if ((view.unitAt[k] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
