import { entityId } from '@newsgraph/graph-schema';
import type { LexiconEntry } from '../lexicon/entry.js';
import { placeWords } from '../lexicon/place-words.js';
import { collapse, type Candidate, type Chunk } from './candidate.js';
import type { ScanContext } from './scan-context.js';
import { asTeam, teamContext } from './sports.js';
import { languageUse } from './language-use.js';
import { regionalDemonym } from './regional-demonym.js';
import { demonymInName, demonymNameType } from './demonym-name.js';

function entryCandidate(
  ctx: ScanContext,
  first: number,
  last: number,
  entry: LexiconEntry,
  sentence: number,
): Candidate {
  const span = ctx.span(first, last);
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    first,
    last,
    sentence,
    type: entry.type,
    kind: entry.mentionKind,
    id: entry.id,
    name: entry.name,
    entry,
  };
}

/** "NEW DELHI" → "New Delhi". */
function titleCaseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Emit a lexicon match; capitals count only where they mean the government ("Moscow said"). */
export function emitEntry(
  ctx: ScanContext,
  first: number,
  last: number,
  values: readonly LexiconEntry[],
  sentence: number,
): Candidate | undefined {
  const entry = ctx.pick(values);
  if (entry === undefined) return undefined;
  if (entry.mentionKind === 'demonym' && languageUse(ctx, first, last)) return undefined;
  // "South American", "Latin American": a region's adjective, not the state's.
  if (entry.mentionKind === 'demonym' && regionalDemonym(ctx, first)) return undefined;
  // "the Independent Greeks", "Native Americans": people named with a word before them, no state.
  const people = entry.mentionKind === 'demonym' || entry.mentionKind === 'alias';
  if (entry.type === 'State' && people && demonymInName(ctx, first, last))
    return ctx.emitNamed(first - 1, last, sentence, demonymNameType(ctx, first));
  if (entry.type === 'Location' || entry.mentionKind === 'capital') {
    if (teamContext(ctx, first, last))
      return ctx.emit({ ...asTeam(entryCandidate(ctx, first, last, entry, sentence)), team: true });
  }
  if (entry.mentionKind === 'capital' && ctx.placeSense(first, last)) {
    // "visiting Beijing": the city, not the government. Resolution decides whether it stands beside its state.
    const span = ctx.span(first, last);
    const name = ctx.text.slice(span.start, span.end);
    const place = /^\p{Lu}[\p{Lu}\s.'-]+$/u.test(name) ? titleCaseName(name) : name;
    return ctx.emit({
      start: span.start,
      end: span.end,
      text: span.text,
      first,
      last,
      sentence,
      type: 'Location',
      kind: 'name',
      id: entityId('Location', place),
      name: place,
      capitalOf: entry.id,
    });
  }
  const candidate = ctx.emit(entryCandidate(ctx, first, last, entry, sentence));
  if (entry.type === 'State') emitMinistry(ctx, candidate, sentence);
  return candidate;
}

/** "Russia's foreign ministry", "the French foreign ministry": a state's body, acting for it. */
function emitMinistry(ctx: ScanContext, state: Candidate, sentence: number): void {
  let k = state.last;
  if (ctx.token(k)?.text === '’s' || ctx.token(k)?.text === "'s") k++;
  const from = k;
  while (k < from + 2 && portfolioWord(ctx, k)) k++;
  if (k === from || ctx.lower(k) !== 'ministry') return;
  // The mention is the body ("foreign ministry"); its state stays a mention of its own, and the
  // entity keeps the whole name ("the French foreign ministry").
  const whole = ctx.span(state.first, k + 1);
  const words = collapse(
    ctx.text.slice(ctx.token(from)?.start ?? 0, ctx.token(k)?.end ?? 0),
  ).toLowerCase();
  const body = ctx.span(from, k + 1);
  ctx.emit({
    start: body.start,
    end: body.end,
    text: body.text,
    first: from,
    last: k + 1,
    sentence,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', `${state.name} ${words}`),
    name: whole.text,
    attributes: { state: state.id ?? '' },
  });
}

/** "foreign", "natural", "resources": a field of a ministry's work, written in lower case or not. */
function portfolioWord(ctx: ScanContext, k: number): boolean {
  const text = ctx.token(k)?.text;
  return text !== undefined && ctx.lex.portfolios.has(text.charAt(0).toUpperCase() + text.slice(1));
}

/**
 * "TNK-BP": an unlisted name hyphenated onto a listed company is a company of its own (a joint
 * venture); two listed names hyphenated ("Microsoft-Google rivalry") are two.
 */
export function jointCompany(
  ctx: ScanContext,
  first: number,
  k: number,
  values: readonly LexiconEntry[],
): boolean {
  return (
    ctx.isGlue(k - 1) &&
    values.some((v) => v.orgKind === 'company') &&
    ctx.phrase(first, k - 1) === undefined
  );
}

/** "the U.S. Labor Day holiday": the name is no entity, but the state that leads it is. */
export function emitLeadOfThing(ctx: ScanContext, chunk: Chunk): void {
  const { first, last, sentence } = chunk;
  const lead = ctx.phrase(first, last);
  // A capital there names the thing, not its government: "the Lisbon Treaty".
  if (
    lead !== undefined &&
    lead.end < last &&
    lead.values.some((v) => v.type === 'State' && v.mentionKind !== 'capital')
  )
    emitEntry(ctx, first, lead.end, lead.values, sentence);
}

/**
 * "the Paris Peace Conference", "the Gaza Strip", "the Astra Cinema": an event or place (a site
 * or building) its last word names.
 */
export function emitHeadedName(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  const lastWord = ctx.token(last - 1)?.text ?? '';
  // "the Tour de France", "the Summit of the Americas": an event head, then what it is of.
  const headFirst =
    ctx.lex.eventHeads.has(ctx.token(first)?.text ?? '') && ctx.isConnector(first + 1);
  const place = ctx.lex.locationHeads.has(lastWord) || placeWords().facilityHeads.has(lastWord);
  if (last - first < 2 || !(headFirst || ctx.lex.eventHeads.has(lastWord) || place)) return false;
  // "the UK's Minister of State": a title that ends in a place head names no place.
  if (ctx.title(first, last)?.end === last) return false;
  const type = headFirst || ctx.lex.eventHeads.has(lastWord) ? 'Event' : 'Location';
  ctx.emitNamed(first, last, sentence, type);
  return true;
}
