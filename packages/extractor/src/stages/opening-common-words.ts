import { truecaseWords } from '../text/truecase.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import { sentenceInitial } from './initial-names.js';
import type { SlotInput } from './slot-reading.js';

/** The fewest sentences in which a word's missing capital inside a sentence says anything. */
const MIN_SENTENCES = 5;

/** Per window: the words it writes with a capital after its sentences' first word. */
const insideCaps = new WeakMap<readonly Token[], Set<string>>();

function capitalisedInside(input: SlotInput): Set<string> {
  let words = insideCaps.get(input.tokens);
  if (words !== undefined) return words;
  words = new Set();
  for (const [first, last] of input.sentenceTokens) {
    let i = first;
    while (i < last && input.tokens[i]?.word !== true) i++;
    for (i++; i < last; i++) {
      const t = input.tokens[i];
      if (t?.cap === true) words.add(t.text);
    }
  }
  insideCaps.set(input.tokens, words);
  return words;
}

/**
 * "Minutes later, she sent", "Personnel has been sending": a one-word name opening its sentence,
 * where the capital says nothing, that news writes in lower case inside a sentence (the
 * truecaser's list) and the article never capitalises inside one, is a common noun in a person's
 * slot, not a name. A surname the article names elsewhere ("... said Mr Bush. Bush has") stays,
 * and so does any in a text of a few sentences, too short to show how it writes the word.
 */
export function openingCommonWord(input: SlotInput, c: Candidate): boolean {
  if (c.last - c.first !== 1 || input.sentenceTokens.length < MIN_SENTENCES) return false;
  if (!truecaseWords().lower.has(c.text.toLowerCase())) return false;
  return sentenceInitial(input, c) && !capitalisedInside(input).has(c.text);
}
