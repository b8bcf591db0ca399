import { orgCues } from '../lexicon/org-cues.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Sentence } from '../types.js';
import type { Candidate } from './candidate.js';

export interface FalseOrgInput {
  text: string;
  sentences: readonly Sentence[];
  lexicon: Lexicon;
}

/** The lower-case word right after `end`, if the next token is one ("union" in "Trade union"). */
function lowerWordAfter(text: string, end: number): string | undefined {
  return /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 40))?.[1];
}

/** Nothing but punctuation between the start of its sentence and the candidate. */
function opensSentence(input: FalseOrgInput, c: Candidate): boolean {
  const sentence = input.sentences[c.sentence];
  if (sentence === undefined) return false;
  return !/[\p{L}\p{N}]/u.test(input.text.slice(sentence.start, c.start));
}

/** How often the word stands in the text as a word of its own, with its capital. */
function occurrences(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return (
    text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0
  );
}

/**
 * "Another union representative said", "Trade union officials", "Host broadcaster ORF": a
 * sentence's first word, capitalised only for being first, before a noun for a body is no name
 * of one. A real name there ("Verdi union leaders said") is written again later in the article.
 */
function capitalisedOpener(input: FalseOrgInput, c: Candidate): boolean {
  if (c.type !== 'Organization' || c.entry !== undefined || c.kind !== 'name') return false;
  // An acronym ("UGT union leaders") is capitalised anywhere: only a word in title case may be a common one.
  if (!/^\p{Lu}\p{Ll}+$/u.test(c.text) || !opensSentence(input, c)) return false;
  const noun = lowerWordAfter(input.text, c.end);
  if (noun === undefined || !input.lexicon.orgNouns.has(noun)) return false;
  return occurrences(input.text, c.text) === 1;
}

/** "neo-Nazis", "Nazi-free": a listed organization's name hyphenated to a word that makes it another. */
function negatedByAffix(input: FalseOrgInput, c: Candidate): boolean {
  if (c.entry?.type !== 'Organization') return false;
  const cues = orgCues();
  // Each pattern only where its hyphen is there.
  const before =
    input.text[c.start - 1] === '-'
      ? /(\p{L}+)-$/u.exec(input.text.slice(Math.max(0, c.start - 16), c.start))?.[1]
      : undefined;
  const after =
    input.text[c.end] === '-'
      ? /^-(\p{L}+)/u.exec(input.text.slice(c.end, c.end + 16))?.[1]
      : undefined;
  return (
    (before !== undefined && cues.negatingPrefixes.has(before.toLowerCase())) ||
    (after !== undefined && cues.negatingSuffixes.has(after.toLowerCase()))
  );
}

/** "SUN 09.10.2016", "SAT 12.11.2011": a weekday or month in capitals before a date names nothing. */
function calendarInCapitals(input: FalseOrgInput, c: Candidate): boolean {
  if (c.type === 'Person' || c.entry !== undefined || !/^\p{Lu}{3,9}$/u.test(c.text)) return false;
  const word = c.text.charAt(0) + c.text.slice(1).toLowerCase();
  return input.lexicon.calendar.has(word) && /^\s+\d/u.test(input.text.slice(c.end, c.end + 4));
}

/** "#MeToo", "#FridaysForFuture": a hashtag names a topic or a campaign, not an organization. */
function hashtag(input: FalseOrgInput, c: Candidate): boolean {
  return c.type === 'Organization' && c.entry === undefined && input.text[c.start - 1] === '#';
}

/** The states the article names: by name, demonym or capital. */
function statesNamed(candidates: readonly Candidate[]): Set<string> {
  const states = new Set<string>();
  for (const c of candidates) {
    if (c.type === 'State' && c.id !== undefined) states.add(c.id);
    for (const id of c.entry?.ambiguous ?? []) states.add(id);
    if (c.capitalOf !== undefined) states.add(c.capitalOf);
  }
  return states;
}

/**
 * "the FIFA Congress": one listed word for a state's own body ("Congress") after another name, in
 * an article that never names the state, is that other name's body. Parties are left alone: a
 * sentence speaks of "Senate Democrats" or "the Tories" without naming their state.
 */
function strayStateBody(input: FalseOrgInput, c: Candidate, states: ReadonlySet<string>): boolean {
  const { entry } = c;
  if (entry?.state === undefined || entry.type !== 'Organization' || entry.orgKind === 'party')
    return false;
  if (c.first + 1 !== c.last || /^[\p{Lu}\p{N}]+$/u.test(c.text) || states.has(entry.state))
    return false;
  const before = input.text.slice(Math.max(0, c.start - 40), c.start);
  const word = /(\p{Lu}[\p{L}\p{N}'’-]*)\s+$/u.exec(before)?.[1];
  return (
    word !== undefined && !/['’]s$/u.test(word) && !input.lexicon.stopwords.has(word.toLowerCase())
  );
}

/**
 * Drops candidates the rules read as an organization where the words around them say they name
 * none: a sentence's capitalised first word before a body's noun, a listed name in "neo-Nazis" or
 * "Nazi-free", a state's body named by one word after another name where the state is not, a
 * weekday or month in capitals before a date, a hashtag.
 */
/**
 * "The top Democrat on the Senate intelligence committee", "a Republican from Ohio": a tagged
 * span that opens with a party's member noun and goes on with a preposition describes one of its
 * people; it is no name of a body or a place.
 */
function partyMemberDescription(input: FalseOrgInput, c: Candidate): boolean {
  if (c.entry !== undefined || (c.type !== 'Organization' && c.type !== 'Location')) return false;
  const first = /^(\p{Lu}\p{Ll}+)\s+(?:on|in|from|at|for)\s/u.exec(c.text)?.[1];
  if (first === undefined) return false;
  const match = input.lexicon.phrases.longest([{ text: first }], 0);
  return match?.values.some((e) => e.orgKind === 'party') === true;
}

export function dropFalseOrganizations(
  candidates: readonly Candidate[],
  input: FalseOrgInput,
): Candidate[] {
  const states = statesNamed(candidates);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (capitalisedOpener(input, c) || negatedByAffix(input, c)) continue;
    if (calendarInCapitals(input, c) || hashtag(input, c)) continue;
    if (partyMemberDescription(input, c)) continue;
    if (!strayStateBody(input, c, states)) out.push(c);
  }
  return out;
}
