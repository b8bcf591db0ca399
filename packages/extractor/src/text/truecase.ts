import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseBundled } from '../lexicon/bundled.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { tokenize, type Token } from './tokenize.js';

const TruecaseSchema = z.object({ lower: z.array(z.string()), upper: z.array(z.string()) });

export interface TruecaseWords {
  /** Words news writes in lower case inside a sentence ("said", "minister"). */
  lower: ReadonlySet<string>;
  /** Short words it writes in capitals ("gdp", "cdu"), lower-cased. */
  upper: ReadonlySet<string>;
}

let cached: TruecaseWords | undefined;

/**
 * Mid-sentence case of news words (data/truecase.json, counted on CoNLL-2003's training split by
 * scripts/lexicon/truecase.mjs), read once per process on first use.
 */
export function truecaseWords(): TruecaseWords {
  if (cached !== undefined) return cached;
  // The same two levels below the package root from src/text and dist/text.
  const url = new URL('../../data/truecase.json', import.meta.url);
  const raw = JSON.parse(readFileSync(url, 'utf8')) as unknown;
  const data = parseBundled(TruecaseSchema, raw, 'data/truecase.json');
  cached = { lower: new Set(data.lower), upper: new Set(data.upper) };
  return cached;
}

const MIN_LETTERS = 40;
const MAX_LOWER_SHARE = 0.02;
/** A name in capitals this short may be an acronym ("NATO", "IMF") and stays so. */
const ACRONYM_LETTERS = 5;
const SENTENCE_END = new Set(['.', '!', '?']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);
const DASHES = new Set(['-', '–', '—', '--']);

/** True for a text written (almost) all in capitals, as old wire copy and some archives are. */
export function writtenInCapitals(text: string): boolean {
  // Ordinary text has lower-case letters from its first words: stop as soon as too many are seen.
  const tooMany = text.length * MAX_LOWER_SHARE;
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = text[i] ?? '';
      if (ch.toLowerCase() === ch.toUpperCase()) continue;
      if (ch !== ch.toUpperCase()) lower++;
      else letters++;
    } else continue;
    if (lower > tooMany) return false;
  }
  letters += lower;
  return letters >= MIN_LETTERS && lower <= letters * MAX_LOWER_SHARE;
}

/**
 * The text with the case news would write it in, character for character (offsets unchanged): a
 * name the lexicon lists as it is written there ("European Union", "NATO"), a common word in lower
 * case, a short word news writes in capitals as it is, any other word capitalised, and the first
 * word of a sentence or quotation capitalised.
 */
export function truecase(text: string, lex: Lexicon, words = truecaseWords()): string {
  const out = text.split('');
  const tokens = tokenize(text);
  let start = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    if (lineBreakBefore(text, tokens, i)) start = true;
    if (!t.word) {
      // A dateline's dash ("PARIS (AFP) - ...") opens the report's first sentence.
      const dateline = DASHES.has(t.text) && tokens[i - 1]?.text === ')';
      if (SENTENCE_END.has(t.text) || dateline) start = true;
      else if (!OPENING_QUOTES.has(t.text)) start = false;
      continue;
    }
    if (exactAcronym(lex, tokens, i, words)) {
      start = false;
      continue;
    }
    const listed = lex.upperPhrases.longest(tokens, i);
    const end = listed?.end ?? i + 1;
    const name = listed?.values.find(
      (e) => e.name.toUpperCase() === spanText(text, tokens, i, end),
    );
    for (let k = i; k < end; k++) {
      const token = tokens[k];
      if (token === undefined) continue;
      const written = name !== undefined ? writtenAs(name.name, tokens, i, k) : undefined;
      write(out, token, written ?? wordCase(token, words, listed !== undefined, start && k === i));
    }
    start = false;
    i = end - 1;
  }
  return out.join('');
}

/** A paragraph break (a blank line) before token i; wire copy wraps its lines inside sentences. */
function lineBreakBefore(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const at = tokens[i];
  return (
    before !== undefined && at !== undefined && /\n\s*\n/.test(text.slice(before.end, at.start))
  );
}

/**
 * "IMF", "UN": a word the lexicon lists in capitals as it stands, left so; a short one that is also
 * a common word ("US" for "us") only where news never writes it in lower case.
 */
function exactAcronym(
  lex: Lexicon,
  tokens: readonly Token[],
  i: number,
  words: TruecaseWords,
): boolean {
  const t = tokens[i];
  if (t === undefined || lex.phrases.longest(tokens, i, i + 1) === undefined) return false;
  return t.text.length >= 3 || !words.lower.has(t.text.toLowerCase());
}

function spanText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0).replace(/\s+/g, ' ');
}

/** Token k of a listed name starting at token `from`, as the name is written, where it lines up. */
function writtenAs(
  name: string,
  tokens: readonly Token[],
  from: number,
  k: number,
): string | undefined {
  const token = tokens[k];
  if (token === undefined) return undefined;
  // Offsets into the name hold where the text spaces its words as the name does.
  const offset = token.start - (tokens[from]?.start ?? 0);
  const piece = name.slice(offset, offset + token.text.length);
  return piece.toUpperCase() === token.text ? piece : undefined;
}

function wordCase(token: Token, words: TruecaseWords, listed: boolean, first: boolean): string {
  const lower = token.text.toLowerCase();
  if (words.upper.has(lower) || (listed && letters(lower) <= ACRONYM_LETTERS)) return token.text;
  // "DON'T", "GOVERNMENT'S": the part before the apostrophe decides.
  const stem = lower.split(/['’]/)[0] ?? lower;
  if (words.lower.has(lower) || words.lower.has(stem)) return first ? capitalise(lower) : lower;
  return capitalise(lower);
}

function letters(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length;
}

/** "O'BRIEN" → "O'Brien", "AL-ASSAD" → "Al-Assad": a capital after an apostrophe or hyphen too. */
function capitalise(lower: string): string {
  return lower.replace(
    /(^|['’-])(\p{L})/gu,
    (_m, sep: string, ch: string) => sep + ch.toUpperCase(),
  );
}

/** Writes `cased` over the token, letter by letter, where the case change keeps its length. */
function write(out: string[], token: Token, cased: string): void {
  if (cased.length !== token.text.length) return;
  for (let k = 0; k < cased.length; k++) out[token.start + k] = cased[k] ?? '';
}
