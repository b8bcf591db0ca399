import type { Gender, SpeakerWords } from '../lexicon/speaker-words.js';
import type { Token } from '../text/tokenize.js';

/** How many modifiers may stand between "The" and the head: "The veteran Ohio senator". */
const MAX_MODIFIERS = 3;

/** A definite description that opens a sentence: "The Wisconsin Republican did ...". */
export interface OpeningDescription {
  /** Token index of "The". */
  the: number;
  /** The head noun, lower case ("republican"). */
  noun: string;
  kind: Gender | 'person';
}

/**
 * "The Wisconsin Republican did give ...", "The businessman, 70, said ...": a sentence whose
 * subject is "the" and a word that refers back to a person (speaker-words.json referringNouns).
 * Not one when the head goes on as a name ("The Republican National Committee") or owns what
 * follows ("The senator's aide").
 */
export function openingDescription(
  tokens: readonly Token[],
  first: number,
  words: SpeakerWords,
): OpeningDescription | undefined {
  if (tokens[first]?.text.toLowerCase() !== 'the') return undefined;
  for (let k = first + 1; k <= first + 1 + MAX_MODIFIERS; k++) {
    const token = tokens[k];
    if (token?.word !== true) return undefined;
    const noun = token.text.toLowerCase();
    const kind = words.referringNouns.get(noun);
    if (kind === undefined) continue;
    const next = tokens[k + 1];
    if (next === undefined || next.poss === true || next.text === "'s" || next.text === '’s')
      return undefined;
    if (next.word && /^\p{Lu}/u.test(next.text)) return undefined;
    return { the: first, noun, kind };
  }
  return undefined;
}
