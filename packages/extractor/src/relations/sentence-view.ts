import { keptSentenceTokens } from '../analysis-tokens.js';
import { lexicon } from '../lexicon/lexicon.js';
import type { Mention, Sentence } from '../types.js';
import type { ActorRef, ArticleContext } from './article-context.js';
import { endsWithQuestion } from '../text/segment.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { foldApostrophes } from './phrase-set.js';
import { frameWords } from './frame-words.js';
import { isEventPlace } from './event-place.js';
import { sortSmall } from '../small-sort.js';
import { withProps } from '../with-props.js';
import { ownKindAfter } from './title-body.js';

/** A noun phrase around one mention: a person with its title, or a plain name. */
export interface Unit {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  mention: Mention;
  /** Undefined for places and events: they are never relation ends. */
  actor: ActorRef | undefined;
}

export interface QuoteRegion {
  start: number;
  end: number;
  speakerId: string | undefined;
}

/** One sentence, tokenised, with its mentions grouped into units. */
export interface SentenceView {
  sentence: Sentence;
  /** The sentence's text: `analysis.text.slice(sentence.start, sentence.end)`. */
  sentenceText: string;
  tokens: Token[];
  /** Lower-case token texts, apostrophes folded. */
  words: string[];
  units: Unit[];
  /** Token index → index into `units`, or -1. */
  unitAt: readonly number[];
  quotes: QuoteRegion[];
  question: boolean;
}

const ADJACENT = /^\s*(?:['’]s)?\s*$/;

export function buildSentenceView(ctx: ArticleContext, sentence: Sentence): SentenceView {
  const text = ctx.analysis.text.slice(sentence.start, sentence.end);
  const read =
    keptSentenceTokens(ctx.analysis, sentence.index) ??
    tokenize(ctx.analysis.text, sentence.start, sentence.end);
  // One pass over the tokens finds their words and, rarely, a split possessive to join first.
  let tokens = read;
  let words = lowerWords(read, true);
  if (words === undefined) {
    tokens = joinPossessives(read);
    words = lowerWords(tokens, false) ?? [];
  }
  const units: Unit[] = [];
  for (const unit of buildUnits(ctx, ctx.mentionsBySentence.get(sentence.index) ?? [])) {
    unit.firstToken = firstTokenAfter(tokens, unit.start);
    if (unit.firstToken >= tokens.length) continue;
    let last = unit.firstToken;
    while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? Infinity) < unit.end) last++;
    unit.lastToken = last;
    units.push(unit);
  }
  // A plain array: a typed array this small costs more to allocate than it saves.
  const unitAt: number[] = [];
  for (let t = 0; t < tokens.length; t++) unitAt.push(-1);
  units.forEach((unit, u) => unitAt.fill(u, unit.firstToken, unit.lastToken + 1));
  for (const unit of units)
    if (unit.actor && isEventPlace(unit, words, unitAt)) unit.actor = undefined;
  const quotes = quoteRegions(ctx, sentence, text);
  const question =
    text.includes('?') && endsWithQuestion(text) && !quotes.some((q) => q.end >= sentence.end - 2);
  return {
    sentence,
    sentenceText: text,
    tokens,
    words,
    units,
    unitAt,
    quotes,
    question,
  };
}

/**
 * Lower-case token texts, apostrophes folded; undefined when `stopAtApostrophe` and a token is
 * a lone apostrophe (see joinPossessives).
 */
function lowerWords(tokens: readonly Token[], stopAtApostrophe: boolean): string[] | undefined {
  const words: string[] = [];
  for (const token of tokens) {
    const text = token.text;
    if (stopAtApostrophe && isApostrophe(token)) return undefined;
    words.push(plainLower(text) ? text : foldApostrophes(text.toLowerCase()));
  }
  return words;
}

/** No capital, no character past ASCII, no backtick: the word is its own folded lower case. */
function plainLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128 || code === 0x60) return false;
  }
  return true;
}

/**
 * "the U.S.'s ally", "Obama ’s plan": the tokenizer splits a possessive after a dot or a space
 * into "'" and "s"; the frames read one "'s" token, as after a plain word.
 */
function joinPossessives(tokens: Token[]): Token[] {
  // Most sentences have no split possessive: the tokenizer's own array then serves.
  if (!tokens.some(isApostrophe)) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mark = tokens[i];
    const s = tokens[i + 1];
    const after = tokens[i + 2];
    if (
      mark !== undefined &&
      s !== undefined &&
      (mark.text === "'" || mark.text === '’') &&
      s.text === 's' &&
      s.start === mark.end &&
      (after === undefined || after.start > s.end || !after.word)
    ) {
      // The token before owns it, as the tokenizer marks the owner of "Obama's": `poss`.
      const owner = out[out.length - 1];
      if (owner !== undefined && !owner.poss)
        out[out.length - 1] = withProps(owner, { poss: true });
      out.push({ ...mark, end: s.end, text: mark.text + s.text });
      i++;
    } else if (mark !== undefined) out.push(mark);
  }
  return out;
}

function isApostrophe(token: Token): boolean {
  return token.text.length === 1 && (token.text === "'" || token.text === '’');
}

/**
 * Mentions to units: a person absorbs its title and the state or party right before it. Each
 * mention's span is made a unit at once; the kept ones get their actor.
 */
function buildUnits(ctx: ArticleContext, mentions: readonly Mention[]): Unit[] {
  const text = ctx.analysis.text;
  const spans = mentions.map((mention): Unit => {
    let start = mention.start;
    let end = mention.end;
    if (mention.type === 'Person') start = afterHonorific(text, start);
    if (mention.role && mention.type === 'Person') {
      start = Math.min(start, mention.role.start);
      end = Math.max(end, mention.role.end);
      const modifier = lastAdjacent(text, mentions, start);
      if (modifier && (modifier.type === 'State' || modifier.type === 'Organization'))
        start = modifier.start;
    }
    return { start, end, firstToken: -1, lastToken: -1, mention, actor: undefined };
  });
  // Widest first, so a person with its title swallows the names inside it (one needs no sort).
  if (spans.length > 1)
    sortSmall(spans, (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Unit[] = [];
  for (const span of spans) {
    if (kept.some((k) => k.start < span.end && span.start < k.end)) continue;
    kept.push(span);
  }
  if (kept.length > 1) sortSmall(kept, (a, b) => a.start - b.start);
  for (const unit of kept) unit.actor = ctx.actor(unit.mention.entityId);
  return kept;
}

/** The last of `mentions` that ends right before `start` (a possessive "'s" between allowed). */
function lastAdjacent(
  text: string,
  mentions: readonly Mention[],
  start: number,
): Mention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m !== undefined && m.end <= start && ADJACENT.test(text.slice(m.end, start))) return m;
  }
  return undefined;
}

const HONORIFIC_BEFORE = /([A-Z][a-z]{1,4}\.?)\s+$/;

/** "Ms. Flowers", "Sen. Cruz": the honorific belongs to the person's noun phrase. */
function afterHonorific(text: string, start: number): number {
  const match = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (match?.[1] === undefined || !lexicon().honorifics.has(match[1])) return start;
  return start - match[0].length;
}

const QUOTE_MARK = /["“”]/g;

/** Quoted stretches: the quotes the entity stage attributed, and any paired quote marks. */
function quoteRegions(ctx: ArticleContext, sentence: Sentence, text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  for (const quote of ctx.quotesBySentence.get(sentence.index) ?? []) {
    regions.push({
      start: Math.max(quote.start, sentence.start),
      end: Math.min(quote.end, sentence.end),
      speakerId: quote.speakerId,
    });
  }
  let open: number | undefined = undefined;
  QUOTE_MARK.lastIndex = 0;
  for (let match = QUOTE_MARK.exec(text); match !== null; match = QUOTE_MARK.exec(text)) {
    const i = match.index;
    const at = sentence.start + i;
    if (isOpeningQuote(text, i)) {
      open ??= at;
    } else {
      regions.push({ start: open ?? sentence.start, end: at + 1, speakerId: undefined });
      open = undefined;
    }
  }
  if (open !== undefined) regions.push({ start: open, end: sentence.end, speakerId: undefined });
  return regions;
}

/** Curly marks say which they are; a straight one opens when a space (or nothing) is before it. */
function isOpeningQuote(text: string, i: number): boolean {
  const mark = text[i];
  if (mark === '“') return true;
  if (mark === '”') return false;
  const before = text[i - 1];
  const after = text[i + 1];
  if (before === undefined || /[\s([{—–-]/.test(before))
    return after !== undefined && !/\s/.test(after);
  return false;
}

/** The quote region holding a character offset, if any (attributed regions first). */
export function quoteAt(view: SentenceView, offset: number): QuoteRegion | undefined {
  let found: QuoteRegion | undefined;
  for (const region of view.quotes) {
    if (offset < region.start || offset >= region.end) continue;
    if (region.speakerId !== undefined) return region;
    found ??= region;
  }
  return found;
}

/** The token index at or after a character offset. */
export function tokenAt(view: SentenceView, offset: number): number {
  return firstTokenAfter(view.tokens, offset);
}

/** Index of the first token ending after `offset` (tokens.length when none; -1 mapped by callers). */
function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "Pro-Moscow leaders", "Moscow-backed forces": a name glued by a hyphen only modifies. */
export function isHyphenated(view: SentenceView, unit: Unit): boolean {
  const text = view.sentenceText;
  const start = unit.start - view.sentence.start;
  const end = unit.end - view.sentence.start;
  return (
    (text[start - 1] === '-' && /\p{L}/u.test(text[start - 2] ?? '')) ||
    (text[end] === '-' && /\p{L}/u.test(text[end + 1] ?? ''))
  );
}

const NON_HEAD_NOUNS = frameWords().nonHeadNouns;

/** True when a unit heads its noun phrase: "heads the OSCE" but not "heads the OSCE mission". */
export function isHead(view: SentenceView, unit: Unit): boolean {
  const next = unit.lastToken + 1;
  const word = view.words[next];
  if (word === undefined) return true;
  if (view.tokens[unit.lastToken]?.poss === true) return false;
  // "heads the Likud party": an organization's own kind noun after its name leaves it the head.
  if (NON_HEAD_NOUNS.has(word))
    return ownKindAfter(unit.actor?.type, view.sentenceText.slice(unit.end - view.sentence.start));
  if ((view.unitAt[next] ?? -1) >= 0) return false;
  return !capitalisedAt(view, next);
}

/** True when the token at `t` opens with a capital letter ("North", "NATO", "September"). */
export function upperAt(view: SentenceView, t: number): boolean {
  const token = view.tokens[t];
  if (token === undefined) return false;
  return /^\p{Lu}/u.test(view.sentenceText.charAt(token.start - view.sentence.start));
}

/** True when the token at `t` opens with a capital and a lower-case letter ("Crossroads", not "NATO"). */
export function capitalisedAt(view: SentenceView, t: number): boolean {
  const token = view.tokens[t];
  if (token === undefined) return false;
  const at = token.start - view.sentence.start;
  return /^\p{Lu}\p{Ll}/u.test(view.sentenceText.slice(at, at + 2));
}
