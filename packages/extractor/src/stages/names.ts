import { entityId } from '@newsgraph/graph-schema';
import { mentionWords } from '../lexicon/mention-words.js';
import { nameOpeners } from '../lexicon/name-openers.js';
import { orgSlots } from '../lexicon/org-slots.js';
import type { RoleCue } from '../types.js';
import type { Candidate, Chunk } from './candidate.js';
import { portfolioHolder } from './portfolio-holder.js';
import { describedDespiteGivenName } from './described-name.js';
import { givenNameOfPair, givenNameOpener } from './opening-given-name.js';
import { apposition, titleBeforeComma } from './role-cues.js';
import { surnameTitle } from './title-surnames.js';
import { SCAN_WORDS } from './scan-words.js';
import type { ScanContext } from './scan-context.js';
import { playerContext, teamContext } from './sports.js';
import { spaceRuns } from '../text/space-runs.js';

export interface NameContext {
  /** A title written before the name ("Chancellor", "chief negotiator"). */
  role: RoleCue | undefined;
  /** "Mr", "Mrs", "Dr" before the name. */
  honorific: boolean;
  /** End of the sentence, for the apposition look-ahead. */
  limit: number;
}

/**
 * "Theresa May", "Brian May": a month right after a given name, with no day number after it, is a
 * surname. Weekdays are not ("John Kerry Monday said" is American news style for "on Monday").
 */
function monthSurname(ctx: ScanContext, i: number): boolean {
  const word = ctx.token(i)?.text ?? '';
  return (
    !/day$/.test(word) &&
    ctx.lex.firstNames.has(ctx.token(i - 1)?.text ?? '') &&
    !/^\d/.test(ctx.token(i + 1)?.text ?? '')
  );
}

/** "hired Tom Brevik Jan. 5": a month's short form with its stop before a day's number is a date. */
function datedMonth(ctx: ScanContext, i: number): boolean {
  const word = ctx.token(i)?.text ?? '';
  return (
    word.endsWith('.') &&
    ctx.lex.calendar.has(word.slice(0, -1)) &&
    /^\d/.test(ctx.token(i + 1)?.text ?? '')
  );
}

/** "Jan Kowalski": a month's short form that is also a given name, before another name word. */
function givenNameFirst(ctx: ScanContext, first: number, last: number): boolean {
  const next = ctx.token(first + 1)?.text ?? '';
  return (
    last - first >= 2 &&
    ctx.lex.firstNames.has(ctx.token(first)?.text ?? '') &&
    !ctx.lex.calendar.has(next) &&
    ctx.isNamePart(first + 1)
  );
}

/** "Novelist Ana Ruiz wrote", "Coach Lind said": a capitalised occupation before the name. */
function occupationFirst(ctx: ScanContext, first: number, last: number): boolean {
  const t = ctx.token(first);
  return (
    last - first >= 2 &&
    t !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !ctx.lex.firstNames.has(t.text) &&
    nameOpeners().has(t.text.toLowerCase())
  );
}

/** "Ana Ruiz Editor: Jo Lind": a capitalised role or occupation after a full name, as in credits. */
function roleWord(ctx: ScanContext, i: number): boolean {
  const t = ctx.token(i);
  if (t === undefined || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  return ctx.lex.appositionRoles.has(lower) || nameOpeners().has(lower);
}

/** "Miner Brovik Gold said", "Insurer Kelvaro said": a noun for a body opening the sentence before a name. */
export function orgNounOpening(ctx: ScanContext, i: number): boolean {
  const t = ctx.token(i);
  return (
    t !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    opensLine(ctx, i) &&
    ctx.token(i + 1)?.cap === true &&
    ctx.lex.orgNouns.has(t.text.toLowerCase())
  );
}

/** The first word of its sentence or of its line (a headline before it has no full stop). */
function opensLine(ctx: ScanContext, i: number): boolean {
  const prev = ctx.token(i - 1);
  const t = ctx.token(i);
  if (ctx.sentenceInitial(i) || prev === undefined || t === undefined) return true;
  return ctx.text.slice(prev.end, t.start).includes('\n');
}

/** Drop calendar words, occupations and sentence-initial words that are not part of the name. */
function trimName(ctx: ScanContext, chunk: Chunk): Chunk {
  let { first, last } = chunk;
  const adjective = (i: number): boolean => ctx.lex.nameAdjectives.has(ctx.token(i)?.text ?? '');
  // "the Sun newspaper": a calendar word before a body's noun names an outlet.
  const calendar = (i: number): boolean =>
    ctx.lex.calendar.has(ctx.token(i)?.text ?? '') &&
    !(last - first === 1 && ctx.orgNounAfter(last));
  while (
    first < last &&
    ((calendar(first) && !givenNameFirst(ctx, first, last)) ||
      ctx.lex.stopwords.has(ctx.lower(first)) ||
      adjective(first) ||
      occupationFirst(ctx, first, last) ||
      (last - first >= 2 && orgNounOpening(ctx, first)))
  ) {
    first++;
  }
  while (
    last > first &&
    ((calendar(last - 1) && !monthSurname(ctx, last - 1)) ||
      !ctx.isNamePart(last - 1) ||
      datedMonth(ctx, last - 1) ||
      adjective(last - 1) ||
      (last - first >= 3 && roleWord(ctx, last - 1) && !surnameTitle(ctx, last - 1, last)))
  )
    last--;
  // "Roman Catholic", "Western-backed": a word before a religious or regional adjective belongs to it.
  for (let k = first + 1; k < last; k++)
    if (adjective(k)) return { first, last: first, sentence: chunk.sentence };
  // "Earlier Thomas Reid": a capitalised first word that is no given name, before one that is.
  if (
    last - first >= 2 &&
    ctx.sentenceInitial(first) &&
    !ctx.lex.firstNames.has(ctx.token(first)?.text ?? '') &&
    !givenNameOpener(ctx.token(first)?.text ?? '') &&
    !(last - first === 2 && givenNameOfPair(ctx.token(first)?.text ?? '')) &&
    !/^\p{Lu}\.$/u.test(ctx.token(first)?.text ?? '') &&
    ctx.lex.firstNames.has(ctx.token(first + 1)?.text ?? '') &&
    // "Moon Jae-in": a hyphenated given name follows the family name.
    !ctx.isGlue(first + 2)
  ) {
    first++;
  }
  return { first, last, sentence: chunk.sentence };
}

/** Emit a run of unknown capitalised words: a person where the context says so, else a bare word. */
export function emitName(ctx: ScanContext, raw: Chunk, context: NameContext): void {
  const trimmed = trimName(ctx, raw);
  const chunk = context.role === undefined ? trimmed : portfolioHolder(ctx, trimmed);
  const { first, last, sentence } = chunk;
  if (last <= first) return;
  const calendar = ctx.lex.calendar.has(ctx.token(first)?.text ?? '');
  if (calendar && last - first === 1 && !ctx.orgNounAfter(last)) return;
  if (titleOnly(ctx, first, last)) return;
  const span = ctx.span(first, last);
  const words = last - first;
  const { role, speaker, givenName, allWords, person } = readName(ctx, chunk, context);
  // "investment fund Statens Industrifond", "the IG Metall union": the noun says what the name is.
  const described =
    ctx.orgNounBefore(first) ||
    (first > raw.first && orgNounOpening(ctx, first - 1)) ||
    (words <= 4 && ctx.orgNounAfter(last));
  const bodyFirst = !givenName || describedDespiteGivenName(ctx, first, last);
  if (described && !context.honorific && context.role === undefined && bodyFirst && allWords) {
    emitNamedOrganization(ctx, first, last, sentence);
    return;
  }
  if (!context.honorific && context.role === undefined && titleOpened(ctx, first, last)) {
    emitNamedOrganization(ctx, first, last, sentence);
    return;
  }
  if (person) {
    ctx.emit({
      start: span.start,
      end: span.end,
      text: span.text,
      first,
      last,
      sentence,
      type: 'Person',
      kind: words >= 2 ? 'name' : 'surname',
      name: span.text,
      ...(role !== undefined ? { role } : {}),
      ...(speaker ? { speaker } : {}),
    });
    return;
  }
  if (teamContext(ctx, first, last) && !context.honorific) {
    emitNamedOrganization(ctx, first, last, sentence, { team: true });
    return;
  }
  emitUnknownName(ctx, chunk, speaker);
}

/**
 * "Die Presse", "La Tribuna", "Il Foglio": a foreign article opening an unknown name opens the title
 * of a newspaper or other body. Not where places stand ("in La Rochelle"), where it names a town.
 */
function titleOpened(ctx: ScanContext, first: number, last: number): boolean {
  return (
    last - first >= 2 &&
    orgSlots().titleArticles.has(ctx.token(first)?.text ?? '') &&
    ctx.isNamePart(first + 1) &&
    !mentionWords().placePrepositions.has(ctx.lower(first - 1)) &&
    !mentionWords().townPrepositions.has(ctx.lower(first - 1))
  );
}

/** "the UKIP MEP said", "other MEPs agreed": a title or its plural with no name is no name. */
function titleOnly(ctx: ScanContext, first: number, last: number): boolean {
  if (ctx.title(first, last)?.end === last) return true;
  const t = ctx.token(first);
  if (last - first !== 1 || t === undefined || !/\p{Lu}s$/u.test(t.text)) return false;
  const singular = [{ ...t, text: t.text.slice(0, -1), end: t.end - 1 }];
  return ctx.lex.titles.longest(singular, 0, 1)?.end === 1;
}

interface NameReading {
  role: RoleCue | undefined;
  speaker: boolean;
  givenName: boolean;
  /** Each word of the span a token of its own (or a hyphenated name). */
  allWords: boolean;
  person: boolean;
}

/** What the words in and around a name say about whether it names a person. */
function readName(ctx: ScanContext, chunk: Chunk, context: NameContext): NameReading {
  const { first, last } = chunk;
  const span = ctx.span(first, last);
  const words = last - first;
  const upper = ctx.token(first)?.upper === true && words === 1;
  const appositive = apposition(ctx, last, context.limit);
  const role =
    context.role ?? appositive ?? (words >= 2 ? titleBeforeComma(ctx, first, last) : undefined);
  // "criticized Senate Democrats": a word right before another name modifies it; no one speaks.
  const speaker = ctx.speechAdjacent(first, last) && !ctx.isCap(last);
  // "P. Simmons": an initial before a surname names a person as surely as a given name.
  const givenName =
    ctx.lex.firstNames.has(ctx.token(first)?.text ?? '') ||
    (/^\p{Lu}\.$/u.test(ctx.token(first)?.text ?? '') && ctx.token(last - 1)?.text.length !== 2);
  // Split at spaces and hyphens, the parts are one more than the runs of spaces where no hyphen is.
  const allWords = span.text.includes('-') || spaceRuns(span.text, words) + 1 === words;
  const person =
    (playerContext(ctx, first, last) && !upper) ||
    (!upper && allWords && words <= 3 && leaderGovernmentAfter(ctx, last)) ||
    (!upper &&
      allWords &&
      (context.honorific || role !== undefined || (words >= 2 && (givenName || speaker))));
  return { role, speaker, givenName, allWords, person };
}

/** "the Carver administration": a lower-case government noun after a name says it is its leader's. */
function leaderGovernmentAfter(ctx: ScanContext, last: number): boolean {
  const t = ctx.token(last);
  return t !== undefined && !t.cap && SCAN_WORDS.leaderGovernmentNouns.has(t.text);
}

function ownedHead(ctx: ScanContext, k: number): boolean {
  return ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '') && /^['’]s$/.test(ctx.lower(k - 1));
}

/** A name no cue types: a place where places stand, an organization defined by an acronym, else untyped. */
function emitUnknownName(ctx: ScanContext, chunk: Chunk, speaker: boolean): void {
  const { first, last, sentence } = chunk;
  const words = last - first;
  // "the Sheriff's Office said": a body's head word that a title owns is no one's name.
  if (words === 1 && ownedHead(ctx, first)) return;
  // "at Headingley", "in Tunbridge Wells": an unknown name where places stand.
  if (
    !speaker &&
    mentionWords().placePrepositions.has(ctx.lower(first - 1)) &&
    !ctx.token(last - 1)?.poss &&
    ctx.token(last)?.text !== '('
  ) {
    emitUntyped(ctx, chunk, 'name', { place: true });
    return;
  }
  const acronym = ctx.acronymDefinedAfter(first, last);
  if (acronym !== undefined && words >= 2) {
    emitNamedOrganization(ctx, first, last, sentence);
    return;
  }
  const initial = ctx.sentenceInitial(first);
  emitUntyped(ctx, chunk, words >= 2 ? 'name' : 'surname', {
    initial,
    ...(speaker ? { speaker } : {}),
  });
}

/** An untyped name candidate over the chunk, named by its surface, with the flags given. */
function emitUntyped(
  ctx: ScanContext,
  chunk: Chunk,
  kind: Candidate['kind'],
  flags: Pick<Candidate, 'place' | 'initial' | 'speaker'>,
): void {
  const { first, last, sentence } = chunk;
  const span = ctx.span(first, last);
  ctx.emit({
    start: span.start,
    end: span.end,
    text: span.text,
    first,
    last,
    sentence,
    type: null,
    kind,
    name: span.text,
    ...flags,
  });
}

export function emitNamedOrganization(
  ctx: ScanContext,
  first: number,
  last: number,
  sentence: number,
  options: { name?: string; team?: boolean; attributes?: Record<string, string> } = {},
): void {
  const span = ctx.span(first, last);
  const { name = span.text, ...extra } = options;
  ctx.emit({
    start: span.start,
    end: span.end,
    text: span.text,
    first,
    last,
    sentence,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', name),
    name,
    ...extra,
  });
}
