import type { LexiconEntry } from '../lexicon/entry.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { PhraseMatch } from '../lexicon/phrase-trie.js';

/** Word-list memberships of a token, as bits. */
export const GAZ_FLAGS = [
  'firstName',
  'honorific',
  'title',
  'orgHead',
  'locationHead',
  'calendar',
  'stopword',
  'orgNoun',
] as const;

/**
 * Lexicon knowledge of one sentence, per token: `match` says which kind of listed name covers the
 * token and where in it (0 none; else category * 4 + 1 first, + 2 inside, + 3 a one-word name);
 * `flags` holds the word lists it belongs to (bit i for GAZ_FLAGS[i]).
 */
export interface GazetteerCodes {
  match: Int32Array;
  flags: Int32Array;
}

type Word = { readonly text: string };

/** Categories of a listed name: state, demonym, organization, acronym, place, other. */
function category(entry: LexiconEntry | undefined): number {
  if (entry === undefined) return 6;
  if (entry.type === 'State') return entry.mentionKind === 'demonym' ? 2 : 1;
  if (entry.type === 'Organization') return entry.mentionKind === 'acronym' ? 4 : 3;
  if (entry.type === 'Location') return 5;
  return 6;
}

/** Two or more characters, some letter with case and none lower-case ("NATO", "U.S."). */
function isAllUpper(text: string): boolean {
  if (text.length < 2) return false;
  // ASCII without a string copy: most words have a lower-case letter and fail at once.
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return text.toUpperCase() === text && text.toLowerCase() !== text;
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) upper = true;
  }
  return upper;
}

function longestAt(
  lex: Lexicon,
  words: readonly Word[],
  i: number,
): PhraseMatch<LexiconEntry> | undefined {
  const exact = lex.phrases.longest(words, i);
  if (exact !== undefined || !isAllUpper(words[i]?.text ?? '')) return exact;
  return lex.upperPhrases.longest(words, i);
}

/** Fills `out` (grown as needed) with the gazetteer codes of `words`. */
export function gazetteerCodes(
  lex: Lexicon,
  words: readonly Word[],
  out: GazetteerCodes,
  ranges: ReadonlyArray<readonly [number, number]> = [[0, words.length]],
): GazetteerCodes {
  const n = words.length;
  const codes =
    out.match.length >= n ? out : { match: new Int32Array(n * 2), flags: new Int32Array(n * 2) };
  codes.match.fill(0, 0, n);
  let known = flagCache.get(lex);
  if (known === undefined) flagCache.set(lex, (known = new Map<string, number>()));
  for (const [from, to] of ranges) {
    matchNames(lex, words, codes, from, to);
    for (let k = from; k < to; k++) codes.flags[k] = wordFlags(lex, known, words[k]?.text ?? '');
  }
  return codes;
}

/** Listed names that start in [from, to); a name may run past `to`. */
function matchNames(
  lex: Lexicon,
  words: readonly Word[],
  codes: GazetteerCodes,
  from: number,
  to: number,
): void {
  let i = from;
  while (i < to) {
    const found = longestAt(lex, words, i);
    if (found === undefined) {
      i++;
      continue;
    }
    const base = category(found.values[0]) * 4;
    if (found.end - i === 1) codes.match[i] = base + 3;
    else for (let k = i; k < found.end; k++) codes.match[k] = base + (k === i ? 1 : 2);
    i = found.end;
  }
}

/** Each lexicon's flags by word: the same words come back sentence after sentence. */
const flagCache = new WeakMap<Lexicon, Map<string, number>>();
const FLAG_CACHE_SIZE = 100_000;

/** The flags of `text`, through `known` (the lexicon's entry of flagCache). */
function wordFlags(lex: Lexicon, known: Map<string, number>, text: string): number {
  let flags = known.get(text);
  if (flags === undefined) {
    if (known.size >= FLAG_CACHE_SIZE) known.clear();
    flags = listFlags(lex, text);
    known.set(text, flags);
  }
  return flags;
}

/** The word lists `text` belongs to, as GAZ_FLAGS bits. */
function listFlags(lex: Lexicon, text: string): number {
  const lower = text.toLowerCase();
  let flags = 0;
  if (lex.firstNames.has(text)) flags |= 1;
  if (lex.honorifics.has(text)) flags |= 2;
  if (lex.titles.longest([{ text }], 0, 1) !== undefined) flags |= 4;
  if (lex.orgHeads.has(text)) flags |= 8;
  if (lex.locationHeads.has(text)) flags |= 16;
  if (lex.calendar.has(text)) flags |= 32;
  if (lex.stopwords.has(lower)) flags |= 64;
  if (lex.orgNouns.has(lower)) flags |= 128;
  return flags;
}
