import { truecaseWords } from '../text/truecase.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';
import type { SlotInput } from './slot-reading.js';

/** The fewest sentences in which a word's missing capital inside a sentence says anything. */
const MIN_SENTENCES = 5;

/** A quotation mark, or punctuation that ends a sentence or opens a clause, before a word. */
const OPENER = /^(?:["“”‘’'`]+|[.!?:;])$/u;

/** Whether token `i` opens its sentence, a quotation or a clause after a colon, where a capital says nothing. */
function opensClause(tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  for (let k = i - 1; k >= sentenceFirst; k--) {
    const t = tokens[k];
    if (t === undefined || t.word) return false;
    if (OPENER.test(t.text)) return true;
  }
  return true;
}

/** Per window: the words it writes with a capital where no sentence, quotation or clause opens. */
const insideCaps = new WeakMap<readonly Token[], Set<string>>();

function capitalisedInside(input: SlotInput): Set<string> {
  let words = insideCaps.get(input.tokens);
  if (words !== undefined) return words;
  words = new Set();
  for (const [first, last] of input.sentenceTokens)
    for (let i = first; i < last; i++) {
      const t = input.tokens[i];
      if (t?.cap === true && t.word && !opensClause(input.tokens, i, first)) words.add(t.text);
    }
  insideCaps.set(input.tokens, words);
  return words;
}

/**
 * "Minutes later, she sent", "Personnel has been sending", ‘Hi, this is’: a one-word name opening
 * its sentence, a quotation or a clause after a colon, where the capital says nothing, that news writes in lower case inside a sentence (the
 * truecaser's list) and the article never capitalises inside one, is a common noun in a person's
 * slot, not a name. A surname the article names elsewhere ("... said Mr Bush. Bush has") stays,
 * and so does any in a text of a few sentences, too short to show how it writes the word.
 */
export function openingCommonWord(input: SlotInput, c: Candidate): boolean {
  if (c.last - c.first !== 1 || input.sentenceTokens.length < MIN_SENTENCES) return false;
  if (!truecaseWords().lower.has(c.text.toLowerCase())) return false;
  const first = input.sentenceTokens[c.sentence]?.[0] ?? c.first;
  return opensClause(input.tokens, c.first, first) && !capitalisedInside(input).has(c.text);
}
