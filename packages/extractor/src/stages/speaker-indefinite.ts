import type { SpeakerLookup } from './speaker-types.js';

/** How many sentences back "the aide" looks for the "a senior aide" it repeats. */
const SENTENCES_BACK = 3;

/** How many modifiers may stand between "a" and the noun: "a senior campaign aide". */
const MAX_MODIFIERS = 3;

/**
 * `A senior aide said ... "...," the aide added.`: whether the last earlier use of `noun`, in
 * this sentence or a few before, came after "a" or "another", so "the" repeats someone the text
 * never named and the description is no one's name.
 */
export function repeatsIndefinite(
  look: SpeakerLookup,
  noun: string,
  before: number,
  sentence: number,
): boolean {
  const [from] = look.sentenceTokens[Math.max(0, sentence - SENTENCES_BACK)] ?? [0, 0];
  const indefinites = look.reference.words.indefinites;
  for (let k = before - 1; k >= from; k--) {
    const t = look.tokens[k];
    if (t?.text.toLowerCase() !== noun || look.quoted(t.start)) continue;
    for (let a = k - 1; a >= k - 1 - MAX_MODIFIERS; a--) {
      const word = look.tokens[a];
      if (word?.word !== true) return false;
      if (indefinites.has(word.text.toLowerCase())) return true;
    }
    return false;
  }
  return false;
}
