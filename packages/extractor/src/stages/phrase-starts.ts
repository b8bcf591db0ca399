import type { Lexicon } from '../lexicon/lexicon.js';

/** A listed phrase starts with the word. */
export const PHRASE_START = 1;
/** A title starts with the word (in any case). */
export const TITLE_START = 2;

/** Each lexicon's bits by word: the same words come back text after text. */
const cache = new WeakMap<Lexicon, Map<string, number>>();
const CACHE_SIZE = 100_000;

/** The lexicon's table of words read so far, to hold while one text is scanned. */
export function phraseStartTable(lex: Lexicon): Map<string, number> {
  let known = cache.get(lex);
  if (known === undefined) cache.set(lex, (known = new Map<string, number>()));
  return known;
}

/**
 * Which of the lexicon's phrases and titles may start with `word` (PHRASE_START, TITLE_START): one
 * lookup per word instead of one per trie, and no lower-casing for the titles.
 */
export function phraseStarts(
  lex: Lexicon,
  word: string,
  known: Map<string, number> = phraseStartTable(lex),
): number {
  let bits = known.get(word);
  if (bits === undefined) {
    if (known.size >= CACHE_SIZE) known.clear();
    bits =
      (lex.phrases.starts(word) ? PHRASE_START : 0) | (lex.titles.starts(word) ? TITLE_START : 0);
    known.set(word, bits);
  }
  return bits;
}
