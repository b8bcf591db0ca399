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

/** How many words an introductory phrase may have: "In the spring of 2014, he ...". */
const MAX_INTRODUCTION = 5;

/**
 * "This year, he rose to ...", "On Monday, she said ...": the index of the pronoun after a short
 * introductory phrase and its comma, when `opens` says the word there can open the sentence;
 * else `first`. The phrase holds words and numbers only, and starts before `named` (the first
 * name of the sentence), so "Lund, he said" is left alone.
 */
export function pastIntroduction(
  tokens: readonly Token[],
  first: number,
  named: number,
  opens: (token: Token | undefined) => boolean,
): number {
  for (let k = first + 1; k <= first + MAX_INTRODUCTION && k < named; k++) {
    const token = tokens[k];
    if (token?.text === ',') return opens(tokens[k + 1]) ? k + 1 : first;
    if (token?.word !== true) return first;
  }
  return first;
}
