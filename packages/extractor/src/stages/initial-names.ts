import { cityNames } from '../lexicon/cities.js';
import { peopleNames } from '../lexicon/people-names.js';
import { truecaseWords } from '../text/truecase.js';
import type { Candidate } from './candidate.js';
import { afterLeadingWord } from './leading-words.js';
import { lowerWordsOf } from './lower-words.js';
import { sentencePosTags } from './sentence-pos.js';
import { readCandidate, type SlotInput } from './slot-reading.js';

/** The sequence tagger's least margin for another name type (ORG, LOC, MISC) that vetoes a person. */
const OTHER_TYPE_VETO = 300;
/** The name tagger's margin for a person above which the part of speech is not asked. */
const PERSON_SURE = 500;
/** No word before the candidate in its sentence (a quotation mark may be). */
export function sentenceInitial(input: SlotInput, c: Candidate): boolean {
  const first = input.sentenceTokens[c.sentence]?.[0] ?? c.first;
  for (let i = first; i < c.first; i++) if (input.tokens[i]?.word === true) return false;
  return true;
}

/**
 * A lone word opening its sentence in a slot only people (or people and bodies) fill: before a
 * speech verb or a verb of people ("Okonjo told reporters", "Okonjo accused"), as the owner of
 * what only people have ("Okonjo's remarks"). There the capital says nothing, and the name tagger,
 * which reads case, takes an unseen word for no name as often as not. The part-of-speech tagger,
 * which knows the language's nouns by themselves, must read a proper noun ("Turnout", "Growth" are
 * common nouns to it), and the name tagger must not be sure of another kind of name ("Microsoft
 * told", "Brussels told"). A word in -s may be a plural ("Analysts told"): left alone unless a
 * listed surname (listedSurnameInS). The subject
 * of any verb ("Okonjo has been") is not enough: products, diseases and firms fill it as often.
 */
export function initialNameAllows(input: SlotInput, c: Candidate, leading = false): boolean {
  if (c.last - c.first !== 1) return false;
  // `leading`: also after a leading word that opens the sentence ("But Rindal", leading-words.ts).
  if (!sentenceInitial(input, c) && !(leading && afterLeadingWord(input, c))) return false;
  const token = input.tokens[c.first];
  if (token === undefined) return false;
  const surnameInS = /s$/.test(token.text);
  if (surnameInS && (!listedSurnameInS(token.text) || writtenLower(input, token.text)))
    return false;
  const reading = readCandidate(input, c, c.first + 1)?.[0];
  if (reading === undefined) return false;
  const { tag, margin } = reading;
  if (tag !== 'O' && !tag.endsWith('PER') && margin >= OTHER_TYPE_VETO) return false;
  // "Ryan specifically advocated": the part of speech may read an unseen name as an adjective
  // where the name tagger is sure of a person.
  if (tag.endsWith('PER') && margin >= PERSON_SURE) return true;
  const first = input.sentenceTokens[c.sentence]?.[0] ?? 0;
  const pos = sentencePosTags(input, c.sentence)[c.first - first];
  // The part of speech reads any capitalised word in -s before a verb as a plural.
  return pos === 'NNP' || (surnameInS && pos === 'NNS');
}

/** "a pet hawk … Hawks can't be tamed": the article writes the word, or its singular, in lower case. */
function writtenLower(input: SlotInput, word: string): boolean {
  const words = lowerWordsOf(input.tokens);
  const lower = word.toLowerCase();
  return words.has(lower) || words.has(lower.slice(0, -1));
}

/**
 * "Sanders ripped", "Walters blasted": a word in -s that the list of people's names has, that no
 * town is named, and that news never writes in lower case ("Analysts", "Banks" are), is a surname
 * rather than a plural.
 */
function listedSurnameInS(word: string): boolean {
  return (
    peopleNames().has(word) &&
    !cityNames().has(word) &&
    !truecaseWords().lower.has(word.toLowerCase())
  );
}

/**
 * "Toomey has not ruled out", "Trudeau has been": a word the list of people's names has that news
 * never writes in lower case, opening its sentence as the subject of a finite verb. The capital
 * says nothing there, but the word has no common reading that would take it, where the part of
 * speech reads any unseen capitalised word as a common noun; only the name tagger's sure reading
 * of another type ("Ford has") vetoes. Not a word in -s, which may be a plural.
 */
export function properOpeningAllows(input: SlotInput, c: Candidate): boolean {
  const text = input.tokens[c.first]?.text ?? '';
  if (c.last - c.first !== 1 || /s$/.test(text) || truecaseWords().lower.has(text.toLowerCase()))
    return false;
  const reading = readCandidate(input, c, c.first + 1)?.[0];
  if (reading === undefined) return false;
  return reading.tag === 'O' || reading.tag.endsWith('PER') || reading.margin < OTHER_TYPE_VETO;
}
