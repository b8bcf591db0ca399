import { mentionWords } from '../lexicon/mention-words.js';
import { orgCues } from '../lexicon/org-cues.js';
import { truecaseWords } from '../text/truecase.js';
import type { Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/**
 * "Shares of ...": a word the article also writes in lower case, or news mostly does, no listed
 * name, title, given name or head of a body's, place's or event's name ("Bank of ...", "Friends of
 * the Earth" where listed).
 */
function commonWord(ctx: ScanContext, i: number, last: number): boolean {
  const t = ctx.token(i);
  if (t === undefined || ctx.phrase(i, last) !== undefined || ctx.title(i, i + 1) !== undefined)
    return false;
  if (ctx.lex.firstNames.has(t.text)) return false;
  if (ctx.seenLower(t.text)) return true;
  const lex = ctx.lex;
  const head =
    lex.orgHeads.has(t.text) || lex.locationHeads.has(t.text) || lex.eventHeads.has(t.text);
  if (head || lex.nonNameHeads.has(t.text) || !truecaseWords().lower.has(ctx.lower(i)))
    return false;
  // "Meet the Press", "Black & Decker": no preposition after the word, which then opens the name.
  const next = ctx.token(i + 1);
  if (next?.word !== true || next.text === 'and' || mentionWords().articles.has(next.text))
    return false;
  // Only before a company or other body's name ("Shares on the Dhaka Stock Exchange"): "Friends of
  // the Earth" names a body of its own.
  const lastWord = ctx.token(last - 1)?.text ?? '';
  return lex.orgHeads.has(lastWord) || orgCues().legalSuffixes.has(lastWord);
}

/** "US President ...": a listed or defined name in capitals ("US") is no function word ("us"). */
function listedAcronym(ctx: ScanContext, i: number): boolean {
  const text = ctx.token(i)?.text ?? '';
  if (text.length <= 1 || text !== text.toUpperCase()) return false;
  // "IS fighters" after '"Islamic State" (IS)': an acronym the article defined is no "is".
  return ctx.phrase(i, i + 1) !== undefined || ctx.acronyms.has(text);
}

/** "First Albany Corp.", "First of Michigan Corp.": a capitalised ordinal before a company's name. */
function companyOrdinal(ctx: ScanContext, first: number, last: number): boolean {
  const cues = orgCues();
  return (
    last - first >= 3 &&
    cues.nameOrdinals.has(ctx.token(first)?.text ?? '') &&
    cues.legalSuffixes.has(ctx.token(last - 1)?.text ?? '')
  );
}

/** Where the name in a chunk starts: past leading function words and a common sentence-initial word. */
export function nameStart(ctx: ScanContext, chunk: Chunk): number {
  let first = chunk.first;
  const { last } = chunk;
  while (
    first < last &&
    ctx.lex.stopwords.has(ctx.lower(first)) &&
    // "Mr Trump", "Dr Ayele": an honorific without its full stop is a stopword too, but opens the
    // name (splitChunk reads it), as "Mr." does.
    !ctx.lex.honorifics.has(ctx.token(first)?.text ?? '') &&
    !listedAcronym(ctx, first) &&
    !ctx.isGlue(first + 1) &&
    ctx.phrase(first, last)?.end !== last
  ) {
    // "the New People's Army": a capitalised "New" after the start of a sentence begins the name.
    if (ctx.lower(first) === 'new' && !ctx.sentenceInitial(first) && first + 1 < last) break;
    // "New Zealand Prime Minister X" opening a sentence: "New" begins a listed name.
    if (ctx.lower(first) === 'new' && ctx.phrase(first, last) !== undefined) break;
    // "First Albany Corp.": an ordinal opens a company's name that a legal suffix ends.
    if (companyOrdinal(ctx, first, last)) break;
    first++;
  }
  // "Shares of Tokyo Electron": a sentence-initial word the article also writes in lower case;
  // "Members of the Green Party": a plural noun for the people of a body.
  while (
    first < last - 2 &&
    ctx.sentenceInitial(first) &&
    ctx.isConnector(first + 1) &&
    !companyOrdinal(ctx, first, last) &&
    (commonWord(ctx, first, last) || SCAN_WORDS.memberNouns.has(ctx.lower(first)))
  ) {
    first++;
    while (first < last && !ctx.isCap(first)) first++;
  }
  // "an MP for the Green Party": a title and "for" before a body's name say what the person sits
  // for; they are no words of the name.
  if (seatFor(ctx, first, last)) {
    first += 2;
    while (first < last && !ctx.isCap(first)) first++;
  }
  return first;
}

/** A one-word title, then "for", in a chunk that a body's head ends ("MP for the X Party"). */
function seatFor(ctx: ScanContext, first: number, last: number): boolean {
  return (
    first < last - 2 &&
    ctx.title(first, first + 1)?.end === first + 1 &&
    ctx.lower(first + 1) === 'for' &&
    ctx.lex.orgHeads.has(ctx.token(last - 1)?.text ?? '')
  );
}
