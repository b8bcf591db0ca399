import type { Paragraph } from './text/segment.js';
import type { Token } from './text/tokenize.js';
import type { Sentence } from './types.js';

/**
 * Characters of text a window holds at most (a sentence longer than this gets a window of its
 * own). Tokens and the scan's working state exist for one window at a time, so working memory is
 * bounded by this, not by the article. 100,000 characters (some 16,000 words) is longer than news
 * articles run, so an ordinary article is one window and reads exactly as a whole text does.
 */
export const WINDOW_CHARS = 100_000;

/**
 * Characters a window holds at most in a text longer than WINDOW_CHARS. A window's tokens and
 * the stages' state for it live as long as reading it takes; at 100,000 characters (a tenth of a
 * second) that is long enough for V8 to move them to its old generation, where they are garbage
 * only a full collection frees, and the heap grows with the text. Windows a fifth of that size
 * mostly die young. Measured under node's default heap (whose peak also varies with when V8
 * chooses to collect): a 4 MB text peaked at 312 MB resident with the larger windows and 218 MB
 * with these; a 16 MB one at 611-650 MB with the larger, 413-454 MB in three runs of four with
 * these (711 MB in the fourth, on a machine loaded 6 times over).
 */
export const LONG_TEXT_WINDOW_CHARS = 20_000;

/** A stretch of the text [start, end) made of whole sentences [first, last). */
export interface TextWindow {
  start: number;
  end: number;
  first: number;
  last: number;
}

/** Token index range [first, last) of each sentence. */
export function sentenceTokens(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const s of sentences) {
    while (i < tokens.length && (tokens[i]?.start ?? 0) < s.start) i++;
    const first = i;
    while (i < tokens.length && (tokens[i]?.end ?? 0) <= s.end) i++;
    out.push([first, i]);
  }
  return out;
}

/**
 * The sentence after the window starting at sentence `first`: as many sentences as fit in
 * `maxChars` from `start`, cut at the last paragraph break that fits, else at the last sentence
 * that fits, else after the one sentence.
 */
function windowEnd(sentences: readonly Sentence[], first: number, limit: number): number {
  let fit = first + 1;
  let paragraphFit = -1;
  for (let b = first + 1; b <= sentences.length; b++) {
    if ((sentences[b - 1]?.end ?? 0) > limit) break;
    fit = b;
    const next = sentences[b];
    if (next === undefined || next.paragraph !== sentences[b - 1]?.paragraph) paragraphFit = b;
  }
  return paragraphFit > first ? paragraphFit : fit;
}

/**
 * The text cut into windows of whole sentences, at paragraph breaks where one fits: consecutive
 * windows cover [0, length) exactly, so their tokens are the whole text's tokens. A text of at
 * most `maxChars` is one window; a longer one is cut into windows of at most
 * LONG_TEXT_WINDOW_CHARS (or `maxChars`, if smaller).
 */
export function textWindows(
  length: number,
  sentences: readonly Sentence[],
  maxChars: number = WINDOW_CHARS,
): TextWindow[] {
  const out: TextWindow[] = [];
  // A text of one window is read whole; a longer one in windows of LONG_TEXT_WINDOW_CHARS.
  const size = length > maxChars ? Math.min(maxChars, LONG_TEXT_WINDOW_CHARS) : maxChars;
  let start = 0;
  for (let first = 0; first < sentences.length;) {
    const last = windowEnd(sentences, first, start + size);
    const end = sentences[last]?.start ?? length;
    out.push({ start, end, first, last });
    first = last;
    start = end;
  }
  if (out.length === 0) out.push({ start: 0, end: length, first: 0, last: 0 });
  return out;
}

/** The first paragraph that ends after `at` (paragraphs in text order). */
function paragraphAfter(paragraphs: readonly Paragraph[], at: number): number {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A window's sentences and paragraphs as if it were the whole text: indices from 0. */
export interface WindowView {
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** Index of the window's first paragraph in the whole text. */
  firstParagraph: number;
}

/**
 * The window's sentences and paragraphs numbered from 0, for stages that index paragraphs by a
 * sentence's paragraph number; a paragraph that runs past the window is cut to it.
 */
export function windowView(
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
  window: TextWindow,
): WindowView {
  const first = paragraphAfter(paragraphs, window.start);
  const local: Paragraph[] = [];
  for (let k = first; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p === undefined || p.start >= window.end) break;
    const start = Math.max(p.start, window.start);
    const end = Math.min(p.end, window.end);
    local.push({ ...p, index: k - first, start, end });
  }
  const own = sentences.slice(window.first, window.last).map((s, i) => ({
    ...s,
    index: i,
    paragraph: s.paragraph - first,
  }));
  return { sentences: own, paragraphs: local, firstParagraph: first };
}
