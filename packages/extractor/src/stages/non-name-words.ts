import type { Lexicon } from '../lexicon/lexicon.js';
import { personSlots } from '../lexicon/person-slots.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate } from './candidate.js';

/** "I’m", "I'll", "I’ve": a capital letter, an apostrophe and a verb's clitic. */
const CONTRACTION = /^\p{Lu}['’](?:m|ve|ll|d|re)$/u;

interface WordInput {
  tokens: readonly Token[];
  lexicon: Lexicon;
}

/**
 * Words that no name has however the slot around them reads: a pronoun's contraction ("What I’m
 * telling you", which a list of surnames may hold without its apostrophe), a month's abbreviation
 * with its full stop ("said Dec. 6"), and a lone word that only continues a longer name
 * (`nameTail`).
 */
export function nonNameWord(input: WordInput, c: Candidate): boolean {
  for (let i = c.first; i < c.last; i++) {
    const text = input.tokens[i]?.text ?? '';
    if (CONTRACTION.test(text)) return true;
  }
  if (c.last - c.first !== 1) return false;
  if (c.text.endsWith('.')) return input.lexicon.calendar.has(c.text.slice(0, -1));
  return nameTail(input, c);
}

/**
 * "As The Hill reported": a capitalised "The" inside a sentence belongs to the name after it, a
 * paper's, show's or band's, never a person's; "a producer for Yahoo Studios": a word that ends
 * the names of places, bodies and shows ("Studios", "Records") after another capitalised word is
 * the end of that name, not a surname of its own.
 */
function nameTail(input: WordInput, c: Candidate): boolean {
  const before = input.tokens[c.first - 1];
  if (before?.cap !== true) return false;
  if (before.text === 'The') {
    const outer = input.tokens[c.first - 2];
    return outer !== undefined && (outer.word || outer.text === ',');
  }
  return before.word && personSlots().notSurnames.has(c.text);
}
