import type { Token } from '../text/tokenize.js';

/** Per token array: the words it writes in lower case. */
const cache = new WeakMap<readonly Token[], Set<string>>();

/**
 * The words the text writes in lower case, computed once per token array: a capitalised word
 * written so elsewhere is a common word ("Shares of ...", "a pet hawk … Hawks can't").
 */
export function lowerWordsOf(tokens: readonly Token[]): ReadonlySet<string> {
  let words = cache.get(tokens);
  if (words === undefined) {
    words = new Set();
    for (const t of tokens) if (t.word && !t.cap && !t.upper) words.add(t.text);
    cache.set(tokens, words);
  }
  return words;
}
