import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { FrameEnv } from './frame-env.js';
import { isNumber, OBJECT_BOUNDARIES, PREPOSITIONS, PUNCTUATION } from './word-classes.js';
import cutJson from './cut-support-words.json' with { type: 'json' };

const CutSupportSchema = z.object({
  description: z.string(),
  cutVerbs: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** Verbs that stop or cut what they govern (cut-support-words.json), validated once. */
export function cutVerbs(): ReadonlySet<string> {
  cached ??= new Set(
    parseWordLists(CutSupportSchema, cutJson, 'relations/cut-support-words.json').cutVerbs,
  );
  return cached;
}

/** How many words of the noun phrase ("its $400 million in military") may stand before the noun. */
const PHRASE_REACH = 6;
/** Words of an amount or an owner inside the noun phrase that a lower-case test does not pass. */
const PHRASE_MARKS: ReadonlySet<string> = new Set(['$', '£', '€', '%']);

/** Words that end a noun phrase read backwards: coordinators and clause openers. */
const ENDS_PHRASE: ReadonlySet<string> = new Set([...OBJECT_BOUNDARIES, 'and', 'or', 'to', 'that']);

/**
 * "X halted military aid to Y", "X suspended $400 million in aid to Y", "X ended its support
 * for Y": the token of a verb of cutting that governs the support noun at `cueToken`, or -1.
 * Only lower-case words, amounts and "in" may stand between ("cut off" too): a name, a comma,
 * "and", another preposition or another past form ends the search.
 */
export function cutVerbBefore(env: FrameEnv, cueToken: number): number {
  const { words } = env.view;
  const verbs = cutVerbs();
  for (let t = cueToken - 1; t >= Math.max(0, cueToken - 1 - PHRASE_REACH); t--) {
    const word = words[t] ?? '';
    if (verbs.has(word)) return t;
    if ((env.view.unitAt[t] ?? -1) >= 0) return -1;
    if (PUNCTUATION.test(word) && !PHRASE_MARKS.has(word)) return -1;
    if (ENDS_PHRASE.has(word) || word.endsWith('ed')) return -1;
    if (PREPOSITIONS.has(word) && word !== 'in' && word !== 'off') return -1;
    if (!(PHRASE_MARKS.has(word) || isNumber(word) || /^\p{Ll}+$/u.test(word))) return -1;
  }
  return -1;
}
