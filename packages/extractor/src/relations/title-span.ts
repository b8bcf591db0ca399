import type { Mention, RoleCue } from '../types.js';
import { ownKindAfter, unnamedBodyAfter } from './title-body.js';
import type { ArticleContext } from './article-context.js';
import type { CompiledCues } from './cue-lexicon.js';
import { tokenAt, type SentenceView } from './sentence-view.js';
import { DETERMINERS, PREPOSITIONS, SUBJECT_OPENERS } from './word-classes.js';

const MAX_EXTRA_WORDS = 3;

/**
 * The whole title before a name when the entity stage kept only its last word: "U.S. Trade
 * Representative X", "Sweden's prime minister, X". Words of the same case as the title join it
 * (up to three), stopping at a name, a determiner, a preposition, a clause opener or a speech
 * verb, so "said Minister X" stays "Minister".
 */
export function widenTitle(
  ctx: ArticleContext,
  cues: CompiledCues,
  view: SentenceView,
  role: RoleCue,
): RoleCue {
  const first = tokenAt(view, role.start);
  const titleText = slice(view, role.start, role.end);
  const upper = /^\p{Lu}/u.test(titleText);
  let start = role.start;
  for (let t = first - 1; t >= Math.max(0, first - MAX_EXTRA_WORDS); t--) {
    const token = view.tokens[t];
    const word = view.words[t] ?? '';
    if (token === undefined || (view.unitAt[t] ?? -1) >= 0) break;
    if (/\S/.test(slice(view, token.end, start))) break;
    if (!/^\p{L}[\p{L}-]*$/u.test(word) || isStopWord(cues, word)) break;
    const surface = slice(view, token.start, token.end);
    // "US President X": a name the entity stage left without a mention is the holder, not the title.
    if (ctx.named(surface) !== undefined || /^\p{Lu}{2,}$/u.test(surface)) break;
    if (/^\p{Lu}/u.test(surface) !== upper) break;
    start = token.start;
  }
  if (start === role.start) return role;
  // A lower-case title grows only into a longer known title ("prime minister") or by known
  // modifiers ("deputy", "acting foreign"), not "democracy leader"; a capitalised one is a formal
  // title ("Trade Representative").
  const widened = slice(view, start, role.end);
  if (
    !upper &&
    knownWords(cues, widened) <= knownWords(cues, titleText) &&
    !modifiersOnly(cues, widened, titleText)
  )
    return role;
  const title = slice(view, start, role.end).replace(
    /(^|\s)(\p{Ll})/gu,
    (_, space: string, c: string) => space + c.toUpperCase(),
  );
  return { ...role, title, start };
}

/** How many final words of a title form a known title. */
function knownWords(cues: CompiledCues, title: string): number {
  const words = title.toLowerCase().split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (cues.titles.has(words.slice(k).join(' '))) return words.length - k;
  }
  return 0;
}

/** "deputy ambassador", "acting foreign minister": only known title modifiers were added. */
export function modifiersOnly(cues: CompiledCues, widened: string, title: string): boolean {
  const extra = widened
    .slice(0, widened.length - title.length)
    .toLowerCase()
    .split(/\s+/);
  if (widened.length === title.length) return false;
  return extra
    .filter((word) => word !== '')
    .every((word) => cues.titleModifiers.has(word) || cues.demoters.has(word));
}

function isStopWord(cues: CompiledCues, word: string): boolean {
  return (
    DETERMINERS.has(word) ||
    PREPOSITIONS.has(word) ||
    SUBJECT_OPENERS.has(word) ||
    cues.context.speechVerbs.has(word) ||
    word === 'and' ||
    word === 'or'
  );
}

/**
 * "Its president, X," / "Their spokesman X": the state or organization the previous sentence
 * opens with, when it opens with one.
 */
export function possessiveHolder(
  ctx: ArticleContext,
  view: SentenceView,
  role: RoleCue,
): string | undefined {
  if (!possessivePronounLast(slice(view, view.sentence.start, role.start))) return undefined;
  const previous = ctx.analysis.sentences[view.sentence.index - 1];
  const opener = ctx.mentionsBySentence.get(view.sentence.index - 1)?.[0];
  if (previous === undefined || opener === undefined) return undefined;
  const lead = ctx.analysis.text.slice(previous.start, opener.start);
  if (!/^\s*(?:the\s+)?$/i.test(lead)) return undefined;
  const actor = ctx.actor(opener.entityId);
  if (actor?.type === 'Organization') return namedBody(ctx, view.sentence.index - 1, opener);
  return actor?.type === 'State' ? actor.id : undefined;
}

/**
 * The body a sentence opening with organization `opener` is about: the opener itself, or, when it
 * only qualifies an unnamed body ("The UN refugee agency, UNHCR, said"), the name in apposition
 * to that body, else none.
 */
function namedBody(ctx: ArticleContext, sentence: number, opener: Mention): string | undefined {
  const text = ctx.analysis.text;
  const rest = text.slice(opener.end, opener.end + 60);
  if (!unnamedBodyAfter(rest) || ownKindAfter(opener.type, rest)) return opener.entityId;
  const mentions = ctx.mentionsBySentence.get(sentence) ?? [];
  const next = mentions[mentions.indexOf(opener) + 1];
  if (next === undefined || !APPOSED_NAME.test(text.slice(opener.end, next.start)))
    return undefined;
  const actor = ctx.actor(next.entityId);
  return actor?.type === 'Organization' ? actor.id : undefined;
}

// " refugee agency, ": the unnamed body's words, then the comma that opens its name.
const APPOSED_NAME = /^(?:\s+\p{Ll}[\p{L}-]*){1,3}\s*,\s+(?:the\s+)?$/u;

/**
 * Whether the text ends in "its" or "their" and then whitespace. Reads only the end: a regex
 * anchored at the end would be tried from every position of the sentence.
 */
function possessivePronounLast(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  return /(?:^|\s)(?:its|their)$/i.test(trimmed.slice(-6));
}

function slice(view: SentenceView, from: number, to: number): string {
  return view.sentenceText.slice(from - view.sentence.start, to - view.sentence.start);
}
