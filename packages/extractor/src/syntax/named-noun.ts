import { SYNTAX_WORDS } from './syntax-words.js';

/**
 * "A Sanders win in California would ...", "an Obama visit": a present verb form without "-s"
 * (VBP) right after "a"/"an" and a proper name cannot agree with that singular phrase, so it is
 * the phrase's head noun, the name its modifier. True when the token at `i` is such a word.
 */
export function nounAfterNamedArticle(
  wordAt: (t: number) => string,
  pos: readonly string[],
  i: number,
): boolean {
  if (pos[i] !== 'VBP') return false;
  let t = i - 1;
  while (t >= 0 && pos[t] === 'NNP') t--;
  return t < i - 1 && t >= 0 && SYNTAX_WORDS.indefiniteArticles.has(wordAt(t));
}
