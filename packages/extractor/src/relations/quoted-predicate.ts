import type { QuoteRegion, SentenceView } from './sentence-view.js';
import { isAdverb } from './word-classes.js';

const QUOTE_MARK = /^["'“”‘’]$/u;

/** A token that is one quote mark, straight or curly. */
export function isQuoteMark(word: string): boolean {
  return QUOTE_MARK.test(word);
}

/**
 * `X said it "regrets the move"`, `Y said they "strongly condemn" Z`: a quote that opens at the
 * verb (quote marks and adverbs before it at most) right after a reported pronoun subject
 * continues the reporting clause, whose subject stands before the quote. A name before the quote
 * is not enough: a headline run into the next sentence ("EU 'regrets' action The ...") reads so.
 */
export function quoteOpensAt(
  view: SentenceView,
  quote: QuoteRegion,
  cueToken: number,
  speechVerbs: { has(word: string): boolean },
): boolean {
  for (let t = cueToken - 1; t >= 0; t--) {
    const token = view.tokens[t];
    if (token === undefined) return false;
    if (token.start < quote.start) return reportedPronoun(view, t, speechVerbs);
    const word = view.words[t] ?? '';
    if (!isQuoteMark(word) && !isAdverb(word)) return false;
  }
  return false;
}

function reportedPronoun(
  view: SentenceView,
  t: number,
  speechVerbs: { has(word: string): boolean },
): boolean {
  if (isQuoteMark(view.words[t] ?? '')) t--;
  if (!REPORTED_PRONOUNS.has(view.words[t] ?? '')) return false;
  const before = view.words[t - 1] === 'that' ? t - 2 : t - 1;
  return speechVerbs.has(view.words[before] ?? '');
}

const REPORTED_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she']);

/** The token before `t`, stepping over an opening quote mark after a pronoun (`it "regrets`). */
export function beforeQuoteMark(view: SentenceView, t: number): number {
  const mark = isQuoteMark(view.words[t - 1] ?? '');
  return mark && REPORTED_PRONOUNS.has(view.words[t - 2] ?? '') ? t - 2 : t - 1;
}
