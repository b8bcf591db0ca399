/** A word or punctuation mark of the original text: [start, end) index the text exactly. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper-case ("NATO", "U.S."). */
  upper: boolean;
  /** Letters or digits, as opposed to punctuation. */
  word: boolean;
  /** Followed by a possessive "'s" token. */
  poss: boolean;
}

// Internal apostrophes, dots and ampersands stay inside a word ("O'Brien", "U.S", "AT&T");
// hyphens do not, so "China-UK" yields two names and "U.S.-led" keeps "U.S." (see tokenize).
const DOTTED_RE = /^(?:\p{L}\.)+\p{L}\.$/u;
const INITIAL_RE = /^\p{Lu}\.$/u;
const WORD_RE = /^[\p{L}\p{N}]/u;
const POSSESSIVE_RE = /^(.+\p{L})['’]s$/u;

/** Abbreviations whose final dot belongs to the word. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'Mr. Mrs. Ms. Dr. Sen. Rep. Gen. Gov. Lt. Col. Sgt. Capt. Maj. Adm. Cmdr. Prof. St. Jr. Sr. Rev. Fr. ' +
    'Co. Corp. Inc. Ltd. No. Nos. vs. etc. Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. ' +
    'Mt. Ft. Gens. Sens. Reps. Pres. Supt. Insp. Det. Pvt. Cpl. Atty. Hon. Messrs.'
  ).split(' '),
);

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ch.toLowerCase() !== ch.toUpperCase();
}

function isLowerLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function makeToken(text: string, start: number, poss = false): Token {
  const first = text.charAt(0);
  const word = isLetter(first) || WORD_RE.test(first);
  let letters = 0;
  let lower = 0;
  // By UTF-16 unit with an ASCII fast path; other characters by code point, as `for...of` reads.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 97 && code <= 122) {
        letters++;
        lower++;
      } else if (code >= 65 && code <= 90) letters++;
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
    i += ch.length - 1;
    if (!isLetter(ch)) continue;
    letters++;
    if (isLowerLetter(ch)) lower++;
  }
  return {
    start,
    end: start + text.length,
    text,
    cap: word && isLetter(first) && !isLowerLetter(first),
    upper: word && letters >= 2 && lower === 0,
    word,
    poss,
  };
}

/** Tokens of text[from, to), offsets in the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // A hand-written scan for the regular expression /[\p{L}\p{N}]+(?:['’.&][\p{L}\p{N}]+)*\.?|\S/u
  // (a word, or one other visible character): the same tokens, without the engine's cost.
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII first: a letter or digit starts a word, a space is skipped, anything else is a mark.
      if (isAsciiAlnum(code)) {
        const end = wordEnd(text, i + 1, to);
        pushWordAt(out, text, i, end);
        i = end;
      } else {
        if (!isSpace(code, text, i, 1)) out.push(markToken(text.charAt(i), i));
        i += 1;
      }
      continue;
    }
    const n = alnumLength(text, i, to);
    if (n > 0) {
      const end = wordEnd(text, i + n, to);
      pushWord(out, text.slice(i, end), i);
      i = end;
      continue;
    }
    const size = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    if (!isSpace(code, text, i, size)) pushWord(out, text.slice(i, i + size), i);
    i += size;
  }
  return out;
}

const ALNUM_RE = /^[\p{L}\p{N}]$/u;
const SPACE_RE = /^\s$/u;

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** The length in UTF-16 units of the letter or digit at `i`, or 0 when there is none before `to`. */
function alnumLength(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const code = text.charCodeAt(i);
  if (code < 128) return isAsciiAlnum(code) ? 1 : 0;
  const size = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
  return ALNUM_RE.test(text.slice(i, i + size)) ? size : 0;
}

/** Where a word that runs to `j` ends: more letters, joined parts ("O'Brien", "AT&T"), a final dot. */
function wordEnd(text: string, j: number, to: number): number {
  let end = j;
  for (;;) {
    while (end < to) {
      const code = text.charCodeAt(end);
      const n = code < 128 ? (isAsciiAlnum(code) ? 1 : 0) : alnumLength(text, end, to);
      if (n === 0) break;
      end += n;
    }
    const code = text.charCodeAt(end);
    const joiner = end < to && (code === 39 || code === 0x2019 || code === 46 || code === 38);
    if (!joiner || alnumLength(text, end + 1, to) === 0) break;
    end += 1;
  }
  return end < to && text.charCodeAt(end) === 46 ? end + 1 : end;
}

function isSpace(code: number, text: string, i: number, size: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE_RE.test(text.slice(i, i + size));
}

/** A punctuation mark or symbol of one ASCII character: what makeToken makes of it. */
function markToken(ch: string, start: number): Token {
  return { start, end: start + 1, text: ch, cap: false, upper: false, word: false, poss: false };
}

/**
 * The word text[start, end) that begins with an ASCII letter or digit. Words of ASCII alone with
 * neither a final dot nor a final "'s" (nearly all) become one token without a second pass;
 * the rest go the general way of {@link pushWord}.
 */
function pushWordAt(out: Token[], text: string, start: number, end: number): void {
  let letters = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) {
      letters++;
      lower++;
    } else if (code >= 65 && code <= 90) letters++;
    else if (code >= 128 || code === 46 || code === 39) {
      pushWord(out, text.slice(start, end), start);
      return;
    }
  }
  const first = text.charCodeAt(start);
  out.push({
    start,
    end,
    text: text.slice(start, end),
    cap: first >= 65 && first <= 90,
    upper: letters >= 2 && lower === 0,
    word: true,
    poss: false,
  });
}

function pushWord(out: Token[], raw: string, start: number): void {
  let word = raw;
  let dot = false;
  if (word.length > 1 && word.endsWith('.')) {
    if (!DOTTED_RE.test(word) && !INITIAL_RE.test(word) && !ABBREVIATIONS.has(word)) {
      word = word.slice(0, -1);
      dot = true;
    }
  }
  // Only a word ending in "'s" can be a possessive: the regular expression runs on those alone.
  const poss = word.endsWith("'s") || word.endsWith('’s') ? POSSESSIVE_RE.exec(word) : null;
  if (poss?.[1] !== undefined && !dot) {
    const base = poss[1];
    out.push(makeToken(base, start, true));
    out.push(makeToken(word.slice(base.length), start + base.length));
  } else {
    out.push(makeToken(word, start));
  }
  if (dot) out.push(makeToken('.', start + word.length));
}

/** The index of the first token that starts at or after `at` (tokens in text order). */
export function tokenIndexAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lower-case text of token `i`, or '' past either end. */
export function lowerAt(tokens: readonly Token[], i: number): string {
  return tokens[i]?.text.toLowerCase() ?? '';
}
