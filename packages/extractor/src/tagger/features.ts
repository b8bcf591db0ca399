import type { Lexicon } from '../lexicon/lexicon.js';
import { CaseTable } from './case-table.js';
import { gazetteerCodes, type GazetteerCodes } from './gazetteer.js';
import { mix } from './hash.js';
import {
  AFFIXES,
  ALL_UPPER,
  CAPITALIZED,
  caseBits,
  HAS_LOWER,
  lowerHash,
  TokenHashes,
} from './token-hashes.js';

/** Feature slots per token that do not depend on earlier tags; unused slots hold -1. */
export const STATIC_SLOTS = 52;
/** Feature slots per token computed from the tags already chosen. */
export const DYNAMIC_SLOTS = 5;

const NONE = 0x5bd1e995;
const START = 0x1b873593;
const END = 0x27d4eb2f;

/** A document's case evidence: which lower-case forms appear capitalised or lower-case mid-sentence. */
export type DocumentCase = CaseTable;
const SEEN_CAP = 1;
const SEEN_LOWER = 2;

type Word = { readonly text: string };

/**
 * Scratch space for one sentence's features: the token hashes, gazetteer codes and the static
 * feature hashes (STATIC_SLOTS per token). Reused from sentence to sentence.
 */
export class SentenceFeatures {
  readonly hashes = new TokenHashes();
  gazetteer: GazetteerCodes = { match: new Int32Array(64), flags: new Int32Array(64) };
  feats = new Int32Array(64 * STATIC_SLOTS);
  /** No lower-case letter in the sentence: a headline in capitals, whose case says nothing. */
  caseless = false;

  constructor(readonly lexicon: Lexicon) {}

  /**
   * Computes the static features of `words` (of the tokens in `windows` only, when given: token
   * ranges [from, to)); `docCase` from {@link documentCase}.
   */
  compute(
    words: readonly Word[],
    docCase: DocumentCase,
    windows?: ReadonlyArray<readonly [number, number]>,
  ): void {
    const n = words.length;
    // Token features look two words either side, lexicon codes one.
    this.hashes.fill(words, windows && widen(windows, 2, n));
    this.gazetteer = gazetteerCodes(
      this.lexicon,
      words,
      this.gazetteer,
      windows && widen(windows, 1, n),
    );
    if (this.feats.length < n * STATIC_SLOTS) this.feats = new Int32Array(n * 2 * STATIC_SLOTS);
    // Windows are for body text (the extractor leaves headlines to its rules): never caseless.
    const props = this.hashes.props;
    let lowerSeen = windows !== undefined;
    for (let i = 0; i < n && !lowerSeen; i++) if ((props[i] ?? 0) & HAS_LOWER) lowerSeen = true;
    this.caseless = !lowerSeen;
    for (const [from, to] of windows ?? [[0, n]])
      for (let i = from; i < to; i++) this.token(i, n, docCase);
  }

  private token(i: number, n: number, docCase: DocumentCase): void {
    const { word, lower, shape, prefix, suffix, props } = this.hashes;
    const { match, flags } = this.gazetteer;
    const f = this.feats;
    const o = i * STATIC_SLOTS;
    const at = (a: Int32Array, k: number, edge: number): number =>
      k < 0 ? START ^ edge : k >= n ? END ^ edge : (a[k] ?? NONE);
    const lw = lower[i] ?? NONE;
    const sh = shape[i] ?? NONE;
    const caseTag = this.caseless ? 1 : 0;
    f[o] = mix(0, caseTag);
    f[o + 1] = mix(1, word[i] ?? NONE);
    f[o + 2] = mix(2, lw);
    f[o + 3] = mix(3, sh);
    for (let k = 0; k < AFFIXES; k++) {
      f[o + 4 + k] = mix(4 + k, prefix[i * AFFIXES + k] ?? NONE);
      f[o + 8 + k] = mix(8 + k, suffix[i * AFFIXES + k] ?? NONE);
    }
    const lp = at(lower, i - 1, 1);
    const ln = at(lower, i + 1, 1);
    const sp = at(shape, i - 1, 2);
    const sn = at(shape, i + 1, 2);
    f[o + 12] = mix(12, lp);
    f[o + 13] = mix(13, ln);
    f[o + 14] = mix(14, at(lower, i - 2, 3));
    f[o + 15] = mix(15, at(lower, i + 2, 3));
    f[o + 16] = mix(16, sp);
    f[o + 17] = mix(17, sn);
    f[o + 18] = mix(mix(18, sp), sh);
    f[o + 19] = mix(mix(19, sh), sn);
    f[o + 20] = mix(mix(20, lp), lw);
    f[o + 21] = mix(mix(21, lw), ln);
    f[o + 22] = mix(mix(22, i === 0 ? 1 : i === n - 1 ? 2 : 0), sh);
    f[o + 23] = mix(mix(23, caseTag), lw);
    f[o + 24] = mix(24, match[i] ?? 0);
    f[o + 25] = mix(25, i > 0 ? (match[i - 1] ?? 0) : -1);
    f[o + 26] = mix(26, i + 1 < n ? (match[i + 1] ?? 0) : -1);
    f[o + 27] = mix(mix(27, match[i] ?? 0), sh);
    this.flagFeatures(o + 28, 28, flags[i] ?? 0);
    this.flagFeatures(o + 36, 36, i > 0 ? (flags[i - 1] ?? 0) : 0);
    this.flagFeatures(o + 44, 44, i + 1 < n ? (flags[i + 1] ?? 0) : 0);
    // Non-local evidence (Ratinov & Roth 2009): how the same word is written elsewhere in the document.
    const seen = (props[i] ?? 0) & (CAPITALIZED | ALL_UPPER) ? (docCase.get(lw) ?? 0) : 4;
    f[o + 51] = mix(mix(51, seen), i === 0 || this.caseless ? 1 : 0);
  }

  private flagFeatures(o: number, template: number, bits: number): void {
    for (let b = 0; b < 8; b++) this.feats[o + b] = bits & (1 << b) ? mix(template, b) : -1;
  }
}

/** Ranges widened by `by` tokens each way within [0, n), overlapping ones merged. */
function widen(
  ranges: ReadonlyArray<readonly [number, number]>,
  by: number,
  n: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [from, to] of ranges) {
    const a = Math.max(0, from - by);
    const b = Math.min(n, to + by);
    const last = out[out.length - 1];
    if (last !== undefined && last[1] >= a) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * For each lower-case form, whether the document writes it capitalised or lower-case away from a
 * sentence start and outside headlines in capitals.
 */
export function documentCase(sentences: readonly (readonly Word[])[]): DocumentCase {
  const seen: DocumentCase = new CaseTable();
  for (const words of sentences) addSentenceCase(seen, words, 0, words.length);
  return seen;
}

/** {@link documentCase} of the sentences that are token ranges [first, last) of `words`. */
export function rangesCase(
  words: readonly Word[],
  ranges: Iterable<readonly [number, number]>,
): DocumentCase {
  const seen: DocumentCase = new CaseTable();
  for (const [first, last] of ranges) addSentenceCase(seen, words, first, last);
  return seen;
}

/** One scratch array for every sentence's case bits; a form's entry is written only when it grows. */
let caseScratch = new Int32Array(64);

/** Adds the case evidence of the sentence words[first, last) to `seen`. */
function addSentenceCase(seen: DocumentCase, words: readonly Word[], first: number, last: number) {
  const n = last - first;
  if (caseScratch.length < n) caseScratch = new Int32Array(n * 2);
  const bits = caseScratch;
  let lower = false;
  for (let i = 0; i < n; i++) {
    const b = caseBits(words[first + i]?.text ?? '');
    bits[i] = b;
    if ((b & HAS_LOWER) !== 0) lower = true;
  }
  if (!lower) return;
  for (let i = 1; i < n; i++) {
    const p = bits[i] ?? 0;
    const bit = p & CAPITALIZED ? SEEN_CAP : p & HAS_LOWER ? SEEN_LOWER : 0;
    if (bit === 0) continue;
    seen.or(lowerHash(words[first + i]?.text ?? ''), bit);
  }
}

/** Whether the document writes `word` in lower case away from a sentence start. */
export function writesLower(docCase: DocumentCase, word: string): boolean {
  return ((docCase.get(lowerHash(word)) ?? 0) & SEEN_LOWER) !== 0;
}

/** The tags chosen before a token, and the tag its word last received in the document. */
export interface TagContext {
  prev: number;
  prev2: number;
  history: number;
}

/**
 * Features from the tags chosen before token i: the previous tag, the two previous, the previous
 * with the word and with its shape, and the tag this word last received in the document.
 */
export function dynamicFeatures(
  out: Int32Array,
  tags: TagContext,
  lowerHash: number,
  shapeHash: number,
): void {
  const { prev, prev2, history } = tags;
  out[0] = mix(100, prev);
  out[1] = mix(mix(101, prev2), prev);
  out[2] = mix(mix(102, prev), lowerHash);
  out[3] = mix(mix(103, prev), shapeHash);
  out[4] = mix(104, history);
}
