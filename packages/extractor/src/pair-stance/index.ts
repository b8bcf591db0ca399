import { foldApostrophes } from '../relations/phrase-set.js';
import { tokenize, tokenIndexAt } from '../text/tokenize.js';
import type { SentenceSyntax } from '../syntax/types.js';
import { pairFeatures, type PairSentence } from './pair-features.js';

export { pairFeatures, type PairEnd, type PairSentence } from './pair-features.js';
export { classifyPair, PAIR_LABELS, type PairVerdict } from './pair-model.js';
export { trainPairModel, type PairExample, type PairTrainOptions } from './pair-train.js';
export { shippedPairModel } from './load.js';

/** A sentence's text read as the classifier reads the extractor's sentence views. */
export function pairSentence(text: string): PairSentence {
  const tokens = tokenize(text);
  return { tokens, words: tokens.map((t) => foldApostrophes(t.text.toLowerCase())) };
}

/**
 * The features of two character spans [start, end) of a sentence's text (training and scripts):
 * the spans become token ranges, the one first in the text as A. Undefined when they share a token.
 */
export function spanPairFeatures(
  sentence: PairSentence,
  p: { start: number; end: number },
  q: { start: number; end: number },
  syntax?: SentenceSyntax,
): { features: number[]; swapped: boolean } | undefined {
  const range = (s: { start: number; end: number }): { first: number; last: number } => {
    const first = tokenIndexAt(sentence.tokens, s.start);
    let last = first;
    while ((sentence.tokens[last + 1]?.start ?? Infinity) < s.end) last++;
    return { first, last };
  };
  const a = range(p);
  const b = range(q);
  const swapped = b.first < a.first;
  const [x, y] = swapped ? [b, a] : [a, b];
  if (x.first < 0 || y.first <= x.last) return undefined;
  return { features: pairFeatures(sentence, x, y, syntax), swapped };
}
