import { lexicon } from '../lexicon/lexicon.js';
import type { Mention } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { OWN_KIND_NOUNS, PART_NOUNS } from './member-bodies.js';
import { phraseWords } from './phrase-words.js';

// On one line, at most two capitalised words between the body's name and the title ("Federal Reserve Board
// chairman"), or a possessive ("Exxon's spokesman"), after the body's acronym in brackets ("Federal
// Environment Agency (FEA) president").
const BODY_GAP =
  /^(?:[ \t]*\(\p{Lu}[\p{Lu}\d&.-]{1,9}\)|\))?(?:['’]s)?(?:[ \t]+\p{Lu}[\p{L}-]*){0,2}[ \t]*$/u;

/**
 * "Federal Reserve Board chairman X", "American Honda president X": an organization named right
 * before a title owns it, so the title is never a state's.
 */
export function bodyBefore(ctx: ArticleContext, sentence: number, at: number): Mention | undefined {
  const mentions = ctx.mentionsBySentence.get(sentence) ?? [];
  const before = mentions.findLast((m) => m.end <= at);
  if (before?.type !== 'Organization') return undefined;
  const between = ctx.analysis.text.slice(before.end, at);
  return BODY_GAP.test(between) || kindWordsOnly(between) ? before : undefined;
}

/** "Siemens group chief", "Likud party chairman": lower-case words for the body's kind. */
function kindWordsOnly(between: string): boolean {
  lowerHeads ??= new Set([...lexicon().orgHeads].map((w) => w.toLowerCase()));
  const words = between.trim().split(/\s+/u);
  return (
    /^[ \t]+\S/u.test(between) &&
    words.length <= 2 &&
    words.every((w) => lowerHeads?.has(w) === true && /^\p{Ll}/u.test(w))
  );
}

/** "head of strategy", "director of research": the head of a part of the body, not of the body. */
export function headsAPart(title: string): boolean {
  // The entity stage capitalises every word of a title it marks ("Chief Of Staff").
  const text = /\bOf\b/u.test(title) ? title.toLowerCase() : title;
  return /\bof\s+\p{Ll}/u.test(text) && !phraseWords().ofGovernment.test(text);
}

/**
 * "X, Amnesty International's Europe director", "Y's Syria director": a place named inside a
 * title held in an organization heads the organization's branch there, not the organization.
 */
export function headsABranch(
  ctx: ArticleContext,
  sentence: number,
  title: { start: number; end: number },
): boolean {
  return (ctx.mentionsBySentence.get(sentence) ?? []).some(
    (m) =>
      (m.type === 'Location' || m.type === 'State') && m.start >= title.start && m.end < title.end,
  );
}

let lowerHeads: ReadonlySet<string> | undefined;

/**
 * "... Greeks party", "... central bank": a lower-case organization head among the next three words;
 * "... youth wing", "...'s armed wing": a part of the body, after its name or its possessive.
 */
export function unnamedBodyAfter(rest: string): boolean {
  lowerHeads ??= new Set([...lexicon().orgHeads].map((w) => w.toLowerCase()));
  const words = /^(?:\s+\p{Ll}[\p{L}-]*){1,3}/u.exec(rest)?.[0].trim().split(/\s+/) ?? [];
  if (words.some((w) => lowerHeads?.has(w) === true || PART_NOUNS.has(w))) return true;
  const owned =
    /^['’]s(?:\s+\p{L}[\p{L}-]*){1,3}/u.exec(rest)?.[0].slice(2).trim().split(/\s+/) ?? [];
  return owned.some((w) => PART_NOUNS.has(w));
}

// After an organization's name: its kind noun, alone or after one lower-case word ("trade union").
// Longest first: "union confederation" is one kind, not "union" before another body.
const KIND_AFTER = [/^\s+\p{Ll}[\p{L}-]*\s+(\p{Ll}+)\b/u, /^\s+(\p{Ll}+)\b/u];

/**
 * "head of the CCOO trade union", "leader of the Green party": a noun for a whole body after an
 * organization's name leaves the name naming that body (`unnamedBodyAfter` stays for a part or
 * another body: "the Y youth wing", "the Y recruitment center"). The length of those words, or 0.
 */
export function ownKindLength(holderType: string | undefined, rest: string): number {
  if (holderType !== 'Organization') return 0;
  for (const re of KIND_AFTER) {
    const match = re.exec(rest);
    if (match?.[1] === undefined || !OWN_KIND_NOUNS.has(match[1])) continue;
    if (!unnamedBodyAfter(rest.slice(match[0].length))) return match[0].length;
  }
  return 0;
}

export const ownKindAfter = (holderType: string | undefined, rest: string): boolean =>
  ownKindLength(holderType, rest) > 0;
