import { FNV_OFFSET, fnvStep, lowerCode } from './hash.js';

/** How many prefixes and suffixes of each word become features (lengths 1..AFFIXES). */
export const AFFIXES = 4;

/** Token properties as bits. */
export const CAPITALIZED = 1;
export const ALL_UPPER = 2;
export const HAS_LOWER = 4;
export const HAS_DIGIT = 8;

/**
 * Per-token hashes of one sentence: the word, its lower-case form, its short shape ("Xx", "X.X.",
 * "d-d"), its lower-case prefixes and suffixes. Buffers are reused across sentences, so hashing a
 * sentence allocates nothing for ASCII text.
 */
export class TokenHashes {
  length = 0;
  word = new Int32Array(64);
  lower = new Int32Array(64);
  shape = new Int32Array(64);
  props = new Int32Array(64);
  prefix = new Int32Array(64 * AFFIXES);
  suffix = new Int32Array(64 * AFFIXES);

  /** Hashes `words`, or only the tokens in `ranges` ([from, to) each) when given. */
  fill(
    words: readonly { readonly text: string }[],
    ranges: ReadonlyArray<readonly [number, number]> = [[0, words.length]],
  ): void {
    this.reserve(words.length);
    this.length = words.length;
    for (const [from, to] of ranges)
      for (let i = from; i < to; i++) this.hashWord(words[i]?.text ?? '', i);
  }

  private reserve(n: number): void {
    if (n <= this.word.length) return;
    const size = Math.max(n, this.word.length * 2);
    this.word = new Int32Array(size);
    this.lower = new Int32Array(size);
    this.shape = new Int32Array(size);
    this.props = new Int32Array(size);
    this.prefix = new Int32Array(size * AFFIXES);
    this.suffix = new Int32Array(size * AFFIXES);
  }

  private hashWord(text: string, i: number): void {
    let word = FNV_OFFSET;
    let lower = FNV_OFFSET;
    let shape = FNV_OFFSET;
    let lastClass = -1;
    let uppers = 0;
    let lowers = 0;
    let digits = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      const lc = lowerCode(code);
      const cls = charClass(code, lc);
      if (cls === 1) uppers++;
      else if (cls === 2) lowers++;
      else if (cls === 3) digits++;
      word = fnvStep(word, code);
      lower = fnvStep(lower, lc);
      if (cls !== lastClass) shape = fnvStep(shape, cls);
      lastClass = cls;
      if (k < AFFIXES) this.prefix[i * AFFIXES + k] = lower;
    }
    for (let k = text.length; k < AFFIXES; k++) this.prefix[i * AFFIXES + k] = lower;
    let suffix = FNV_OFFSET;
    for (let k = 0; k < AFFIXES; k++) {
      const at = text.length - 1 - k;
      if (at >= 0) suffix = fnvStep(suffix, lowerCode(text.charCodeAt(at)));
      this.suffix[i * AFFIXES + k] = suffix;
    }
    this.word[i] = word;
    this.lower[i] = lower;
    this.shape[i] = shape;
    const first =
      text.length > 0 ? charClass(text.charCodeAt(0), lowerCode(text.charCodeAt(0))) : 0;
    this.props[i] =
      (first === 1 ? CAPITALIZED : 0) |
      (uppers >= 2 && lowers === 0 ? ALL_UPPER : 0) |
      (lowers > 0 ? HAS_LOWER : 0) |
      (digits > 0 ? HAS_DIGIT : 0);
  }
}

/** The hash of a word's lower-case form, as `TokenHashes.lower` has it. */
export function lowerHash(text: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < text.length; k++) h = fnvStep(h, lowerCode(text.charCodeAt(k)));
  return h;
}

/** CAPITALIZED and HAS_LOWER of a word, as `TokenHashes.props` has them. */
export function caseBits(text: string): number {
  if (text.length === 0) return 0;
  const first = text.charCodeAt(0);
  const bits = charClass(first, lowerCode(first)) === 1 ? CAPITALIZED : 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (charClass(code, lowerCode(code)) === 2) return bits | HAS_LOWER;
  }
  return bits;
}

/** 1 upper-case letter, 2 lower-case letter, 3 digit, 4 other letter, else 10 + the code itself. */
function charClass(code: number, lc: number): number {
  if (code >= 65 && code <= 90) return 1;
  if (code >= 97 && code <= 122) return 2;
  if (code >= 48 && code <= 57) return 3;
  if (code < 128) return 10 + code;
  if (lc !== code) return 1;
  const s = String.fromCharCode(code);
  return s.toUpperCase() !== s ? 2 : 4;
}
