import type { Lexicon } from '../lexicon/lexicon.js';
import { mentionWords } from '../lexicon/mention-words.js';
import type { Paragraph } from '../text/segment.js';
import type { Token } from '../text/tokenize.js';
import type { Sentence } from '../types.js';
import type { Candidate } from './candidate.js';
import { analyzeChunk } from './chunk.js';
import { noteAcronym } from './note-acronym.js';
import { barePossessive } from './bare-possessives.js';
import { chunkEnd } from './chunk-end.js';
import { emitEntry } from './chunk-entries.js';
import { group, peopleGroup, qualifiedPeopleGroup } from './groups.js';
import { lowerListedName } from './lower-names.js';
import { referenceNoun } from './reference-nouns.js';
import { ScanContext, type SportsReport } from './scan-context.js';
import { titleQuoteEnd } from './title-quote.js';
import { retagTeams, sportsReport } from './sports.js';
import { retagNationalTeams } from './national-teams.js';
import { emitYouthTeams } from './youth-teams.js';

export interface CandidateInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  /** Token index range [first, last) of each sentence. */
  sentenceTokens: ReadonlyArray<readonly [number, number]>;
  lexicon: Lexicon;
}

export interface CandidateOutput {
  candidates: Candidate[];
  /** Acronym → the organization it was defined for in parentheses. */
  acronyms: Map<string, Candidate>;
  /** The text reads as a sports report (its headline or its words say so). */
  sports: SportsReport;
}

let labourText: string | undefined;
let labourFound = false;

/** Whether the text speaks of labour: read once per text, not once per "the union" in it. */
function mentionsLabour(text: string): boolean {
  if (text !== labourText) {
    labourText = text;
    labourFound = mentionWords().labour.test(text);
  }
  return labourFound;
}

/** Lower-case words between "the" and a reference noun: "the five-nation bloc", "the regional bloc". */
function referenceModifier(word: string): boolean {
  const words = mentionWords();
  const hyphen = /^(?:\d+|[a-z]+)-([a-z]+)$/.exec(word);
  return (
    (hyphen !== null && words.referenceHyphenHeads.has(hyphen[1] ?? '')) ||
    words.referenceModifiers.has(word)
  );
}

/** "the alliance", "the bloc", "the coalition". */
function lowerReference(ctx: ScanContext, i: number, sentence: number): number {
  let at = i + 1;
  while (at < i + 3 && referenceModifier(modifierAt(ctx, at))) at += ctx.isGlue(at + 1) ? 3 : 1;
  const noun = ctx.lower(at);
  const ref = referenceNoun(noun);
  const t = ctx.token(at);
  if (ref === undefined || t === undefined || t.text !== noun) return i + 1;
  // Where the article speaks of labour unions, "the union" may be one of them.
  if (noun === 'union' && mentionsLabour(ctx.text)) return at + 1;
  ctx.emit({
    start: t.start,
    end: t.end,
    text: t.text,
    first: at,
    last: at + 1,
    sentence,
    type: null,
    kind: 'reference',
    name: noun,
    reference: ref,
  });
  return at + 1;
}

/** The word at `at`, with a hyphenated second part glued on ("five-nation"). */
function modifierAt(ctx: ScanContext, at: number): string {
  const t = ctx.token(at);
  if (t === undefined || t.cap) return '';
  return ctx.isGlue(at + 1) ? `${t.text}-${ctx.token(at + 2)?.text ?? ''}` : t.text;
}

/** "the foreign secretary", "the U.S. president": a title that stands for the one person holding it. */
function titleReference(ctx: ScanContext, i: number, limit: number, sentence: number): number {
  const match = ctx.title(i, limit);
  const info = match?.values[0];
  if (
    match === undefined ||
    info === undefined ||
    mentionWords().vagueTitles.has(info.title) ||
    ctx.isCap(match.end)
  )
    return i + 1;
  const owner = ctx.candidateEndingAt(i, 0);
  const theAt = owner !== undefined && owner.first === i - 1 ? i - 2 : i - 1;
  if (ctx.lower(theAt) !== 'the') return match.end;
  const span = ctx.span(i, match.end);
  ctx.emit({
    start: span.start,
    end: span.end,
    text: span.text,
    first: i,
    last: match.end,
    sentence,
    type: null,
    kind: 'reference',
    name: span.text,
    reference: { kind: 'title', value: info.title },
    role: {
      title: info.title,
      start: span.start,
      end: span.end,
      ...(owner?.id !== undefined && owner.first === i - 1 ? { of: owner.id } : {}),
    },
  });
  return match.end;
}

/** A dateline city in capitals: "HANOI, Vietnam (AP) —", "NEW YORK 1996-08-22". Returns the next index. */
function datelinePlace(
  ctx: ScanContext,
  i: number,
  last: number,
  sentence: number,
): number | undefined {
  if (ctx.lex.phrases.longest(ctx.tokens, i, last) !== undefined) return undefined;
  const place = ctx.phrase(i, last, true);
  const after = ctx.token(place?.end ?? -1);
  if (place === undefined || after === undefined || !/^[,(\d]/.test(after.text)) return undefined;
  // "CHICAGO 65 66 .496", "TEXAS 5 Cleveland 3": a side's line in a table, not a dated dateline.
  if (ctx.sports === 'teams' && /^\d/.test(after.text) && !ctx.isGlue(place.end + 1))
    return undefined;
  const entry = place.values.find((v) => v.type === 'Location');
  if (entry !== undefined) {
    const span = ctx.span(i, place.end);
    ctx.emit({
      start: span.start,
      end: span.end,
      text: span.text,
      first: i,
      last: place.end,
      sentence,
      type: 'Location',
      kind: 'name',
      id: entry.id,
      name: entry.name,
      entry,
    });
  }
  return place.end;
}

/** Headlines in capitals or Title Case: only listed names, and bare words for resolution to match. */
function scanCaseless(
  ctx: ScanContext,
  first: number,
  last: number,
  sentence: number,
  upper: boolean,
): void {
  let i = first;
  while (i < last) {
    if (!ctx.isCap(i)) {
      i++;
      continue;
    }
    const listed = ctx.phrase(i, last, upper) ?? (upper ? undefined : ctx.phrase(i, last, true));
    if (listed !== undefined) {
      const c = emitEntry(ctx, i, listed.end, listed.values, sentence);
      if (c !== undefined) c.caseless = true;
      i = listed.end;
      continue;
    }
    const span = ctx.span(i, i + 1);
    if (!ctx.lex.stopwords.has(span.text.toLowerCase())) {
      ctx.emit({
        start: span.start,
        end: span.end,
        text: span.text,
        first: i,
        last: i + 1,
        sentence,
        type: null,
        kind: 'surname',
        name: span.text,
        caseless: true,
      });
    }
    i++;
  }
}

function scanSentence(ctx: ScanContext, first: number, last: number, sentence: number): void {
  ctx.sentenceLast = last;
  const firstCandidate = ctx.candidates.length;
  let i = first;
  while (i < last) {
    const t = ctx.token(i);
    if (t === undefined) break;
    if (!t.word) {
      const title = titleQuoteEnd(ctx, i, last);
      if (title > 0) scanCaseless(ctx, i + 1, title, sentence, false);
      i = Math.max(title, i + 1);
      continue;
    }
    const lowerName = ctx.isCap(i) ? undefined : lowerListedName(ctx, i, last, sentence);
    if (lowerName !== undefined) {
      i = lowerName;
      continue;
    }
    if (
      !ctx.isCap(i) ||
      (t.text === 'The' && referenceNoun(ctx.token(i + 1)?.text ?? '') !== undefined)
    ) {
      i =
        t.text.length === 3 && t.text.toLowerCase() === 'the'
          ? lowerReference(ctx, i, sentence)
          : titleReference(ctx, i, last, sentence);
      continue;
    }
    const dateline = t.upper && i === first ? datelinePlace(ctx, i, last, sentence) : undefined;
    if (dateline !== undefined) {
      i = dateline;
      continue;
    }
    if (
      group(ctx, i, sentence) ||
      peopleGroup(ctx, i, sentence) ||
      qualifiedPeopleGroup(ctx, i, sentence)
    ) {
      i = ctx.candidates[ctx.candidates.length - 1]?.last ?? i + 1;
      continue;
    }
    const end = chunkEnd(ctx, i, last);
    const before = ctx.candidates.length;
    // One chunk for both readings: neither changes it.
    const chunk = { first: i, last: end, sentence };
    if (barePossessive(ctx, chunk)) {
      i = end;
      continue;
    }
    analyzeChunk(ctx, chunk);
    noteAcronym(ctx, end, before);
    i = Math.max(end, i + 1);
  }
  appositionOwners(ctx, sentence, firstCandidate);
}

/**
 * A comma ends the title's phrase; "by" brings in an agent: "Hadi, the president backed by Saudi
 * Arabia," is not Saudi Arabia's president.
 */
const OWNER_GAP_BREAK = /,|\bby\b/u;

/** ", a lawmaker for Chancellor X's Christian Democrats": the role belongs to the first state or organization after it. */
function appositionOwners(ctx: ScanContext, sentence: number, firstCandidate: number): void {
  // Most sentences hold no person whose title comes after the name: no copies of the list for them.
  if (!ownerlessFrom(ctx.candidates, firstCandidate, sentence)) return;
  // Only this sentence's candidates, which it appended: filtering them all made long texts quadratic.
  const inSentence = ctx.candidates.slice(firstCandidate).filter((c) => c.sentence === sentence);
  for (const person of inSentence) {
    const role = person.role;
    if (role === undefined || !ownerless(person)) continue;
    const owner = inSentence.find(
      (c) =>
        c.start >= role.end &&
        (c.type === 'State' || c.type === 'Organization') &&
        c.id !== undefined &&
        !OWNER_GAP_BREAK.test(ctx.text.slice(role.end, c.start)),
    );
    if (owner?.id !== undefined)
      role.of = owner.entry?.orgKind === 'party' ? owner.id : (owner.entry?.state ?? owner.id);
  }
}

/** Every possible mention in the article, sentence by sentence. */
export function findCandidates(input: CandidateInput): CandidateOutput {
  const ctx = new ScanContext(input.text, input.tokens, input.lexicon);
  ctx.sports = sportsReport(input.tokens);
  input.sentences.forEach((s, index) => {
    const range = input.sentenceTokens[index];
    const paragraph = input.paragraphs[s.paragraph];
    if (range === undefined || paragraph === undefined || paragraph.kind === 'boilerplate') return;
    if (paragraph.caseless) {
      const body = input.text.slice(paragraph.start, paragraph.end);
      scanCaseless(ctx, range[0], range[1], index, body === body.toUpperCase());
    } else {
      scanSentence(ctx, range[0], range[1], index);
    }
  });
  if (ctx.sports === 'teams') retagTeams(ctx.candidates, ctx.lex);
  emitYouthTeams(ctx, input.sentenceTokens);
  retagNationalTeams(ctx, input.sentenceTokens);
  return { candidates: ctx.candidates, acronyms: ctx.acronyms, sports: ctx.sports };
}

/** A person whose title comes after the name and names no owner yet. */
function ownerless(c: Candidate): boolean {
  const role = c.role;
  return c.type === 'Person' && role !== undefined && role.of === undefined && role.start >= c.end;
}

/** Whether a candidate of `sentence` from index `from` on is ownerless. */
function ownerlessFrom(candidates: readonly Candidate[], from: number, sentence: number): boolean {
  for (let i = from; i < candidates.length; i++) {
    const c = candidates[i];
    if (c !== undefined && c.sentence === sentence && ownerless(c)) return true;
  }
  return false;
}
