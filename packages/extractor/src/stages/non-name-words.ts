import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/** "I’m", "I'll", "I’ve": a capital letter, an apostrophe and a verb's clitic. */
const CONTRACTION = /^\p{Lu}['’](?:m|ve|ll|d|re)$/u;

/**
 * Words that no name has however the slot around them reads: a pronoun's contraction ("What I’m
 * telling you", which a list of surnames may hold without its apostrophe) and a month's
 * abbreviation with its full stop ("said Dec. 6").
 */
export function nonNameWord(
  input: { tokens: readonly Token[]; lexicon: Lexicon },
  c: Candidate,
): boolean {
  for (let i = c.first; i < c.last; i++) {
    const text = input.tokens[i]?.text ?? '';
    if (CONTRACTION.test(text)) return true;
  }
  if (c.last - c.first !== 1 || !c.text.endsWith('.')) return false;
  return input.lexicon.calendar.has(c.text.slice(0, -1));
}
