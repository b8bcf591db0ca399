import { speakerWords } from '../lexicon/speaker-words.js';
import { truecaseWords } from '../text/truecase.js';
import type { ScanContext } from './scan-context.js';

// Quotation marks are the script's punctuation, closed and not a matter of language: they stay in
// code, as the tokenizer's marks do, rather than in a word-list file.
const OPENING = new Set(['“', '"', '‘']);
const CLOSING = new Set(['”', '"', '’']);
/** Fewer words than this stay with the short-title rule (non-persons.ts): names are short too. */
const MIN_WORDS = 5;
/** A headline quoted in a story is one line, not a paragraph of speech. */
const MAX_WORDS = 30;
/** Common words written with a capital, the mark of Title Case rather than a run of names. */
const MIN_COMMON_CAPPED = 2;

/**
 * The token index of the closing mark of a quotation that opens at `open` and is written in Title
 * Case, a headline quoted in a story ('an email headed "Speaker Ana Ruiz Joins Growing List of
 * Critics"'), or -1. Every word is capitalised, a number or a word titles leave in lower case ("of", "the"), and at least two are
 * common words that news writes in lower case ("Joins", "Growing"): capitals that say nothing of
 * names, so the quotation is scanned as a headline is.
 */
export function titleQuoteEnd(ctx: ScanContext, open: number, last: number): number {
  if (!OPENING.has(ctx.token(open)?.text ?? '') || !ctx.isCap(open + 1)) return -1;
  const lower = truecaseWords().lower;
  const small = speakerWords().titleSmallWords;
  let words = 0;
  let common = 0;
  for (let i = open + 1; i < last; i++) {
    const t = ctx.token(i);
    if (t === undefined) return -1;
    if (CLOSING.has(t.text)) return words >= MIN_WORDS && common >= MIN_COMMON_CAPPED ? i : -1;
    if (!t.word) continue;
    if (++words > MAX_WORDS) return -1;
    const word = t.text.toLowerCase();
    if (!ctx.isCap(i)) {
      if (!small.has(word) && !/^\d/.test(word)) return -1;
    } else if (i > open + 1 && lower.has(word) && !ctx.lex.stopwords.has(word)) common++;
  }
  return -1;
}
