import { entityId } from '@newsgraph/graph-schema';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { RoleCue } from '../types.js';
import { collapse, type Candidate } from './candidate.js';
import { emitName, emitNamedOrganization } from './names.js';
import { asTeam, teamContext } from './sports.js';
import { emitPersonBeforeOf, personBeforeOf } from './person-of-org.js';
import type { ScanContext } from './scan-context.js';

/** Words that say nothing specific: "Communist Party" needs its state to be one thing. */
const GENERIC_ORG_WORDS = new Set(
  (
    'Communist Socialist Democratic Liberal Conservative Labour Labor National Supreme Constitutional High Foreign ' +
    'Defense Defence Interior Finance Justice Coast Central Federal State Green Republican Islamic Revolutionary ' +
    'Armed Air Naval Security Intelligence Election Electoral Health Trade Economy Energy Education Home Border ' +
    'Police Guard Navy Army Forces Force Ministry Party Court Assembly Parliament Council Bank Office Department ' +
    "Agency Commission Committee Senate Congress Cabinet People's Workers' Unity Front Affairs of and for"
  ).split(' '),
);
const MINISTRY_WORDS = new Set(
  'foreign defense defence interior finance economy justice health trade education energy information home'.split(
    ' ',
  ),
);

/** Heads a number may follow inside a name. */
const NUMBERED_HEADS = new Set(['Radio', 'Channel', 'TV', 'Television']);

/** "BBC Radio 4", "Channel 4 News": a channel's number is part of its name. */
function channelNumber(ctx: ScanContext, i: number): boolean {
  return (
    NUMBERED_HEADS.has(ctx.token(i - 1)?.text ?? '') && /^\d{1,2}$/.test(ctx.token(i)?.text ?? '')
  );
}

export interface Chunk {
  first: number;
  last: number;
  sentence: number;
}

/** Capitalised words with connectors ("Court of Justice of the European Union") from `first`. */
export function chunkEnd(ctx: ScanContext, first: number, limit: number): number {
  let i = first;
  while (i < limit) {
    const t = ctx.token(i);
    if (t === undefined) break;
    if (ctx.isCap(i)) {
      i++;
      if (t.poss) {
        // "Fishermen's Federation", "New People's Army": a plural possessor inside an organization's name.
        const after = pluralPossessiveEnd(ctx, i - 1, limit);
        if (after === undefined) break;
        i = after;
      } else if (ctx.token(i)?.text === "'" || ctx.token(i)?.text === '’') {
        const after = pluralPossessiveEnd(ctx, i - 1, limit);
        if (after !== undefined) i = after;
      }
      continue;
    }
    if (channelNumber(ctx, i)) {
      i++;
      continue;
    }
    // "Kim Jong-un", "Moon Jae-in": a syllable hyphenated onto the last name part.
    if (i > first && ctx.isGlue(i) && ctx.nameSyllable(i + 1)) {
      i += 2;
      continue;
    }
    // "Abdel Fattah al-Burhan".
    if (i > first && ctx.nameArticle(i)) {
      i += 2;
      continue;
    }
    // "Mission in the Central African Republic (MINUSCA)": "in" inside a name an acronym defines.
    if (i > first && t.text === 'in') {
      const through = acronymRunEnd(ctx, ctx.lower(i + 1) === 'the' ? i + 2 : i + 1, limit);
      if (through !== undefined) {
        i = through;
        break;
      }
    }
    // "and" joins only inside a listed name ("Food and Agriculture Organization") or a name that an
    // organization head ends ("Peace and Security Council"), not two names.
    if (t.text === 'and' && (ctx.phrase(first, limit)?.end ?? 0) <= i) {
      const through = headedRunEnd(ctx, first, i, limit);
      if (through === undefined) break;
      i = through;
      break;
    }
    const calendarNext = ctx.lex.calendar.has(ctx.token(i + 1)?.text ?? '');
    if (i > first && (ctx.isGlue(i) || ctx.isConnector(i)) && ctx.isCap(i + 1) && !calendarNext) {
      // "of the European Union": a connector may be followed by "the".
      i++;
      continue;
    }
    if (i > first && ctx.isConnector(i) && ctx.token(i + 1)?.text === 'the' && ctx.isCap(i + 2)) {
      i += 2;
      continue;
    }
    break;
  }
  while (i > first + 1 && !ctx.isNamePart(i - 1) && !channelNumber(ctx, i - 1)) i--;
  return i;
}

/**
 * "Peace and Security Council": the end of the capitalised words after the "and" at `and` when they
 * end in an organization head and no word before the "and" is a listed name or a given name.
 */
function headedRunEnd(
  ctx: ScanContext,
  first: number,
  and: number,
  limit: number,
): number | undefined {
  for (let k = first; k < and; k++) {
    const word = ctx.token(k)?.text ?? '';
    if (ctx.phrase(k, and) !== undefined || ctx.lex.firstNames.has(word) || !ctx.isCap(k))
      return undefined;
  }
  let j = and + 1;
  while (j < limit && ctx.isCap(j)) j++;
  return j > and + 1 && ctx.lex.orgHeads.has(ctx.token(j - 1)?.text ?? '') ? j : undefined;
}

/** End of a run of capitalised words from `from` that an acronym in parentheses follows. */
function acronymRunEnd(ctx: ScanContext, from: number, limit: number): number | undefined {
  let j = from;
  while (j < limit && (ctx.isCap(j) || (j > from && ctx.isConnector(j) && ctx.isCap(j + 1)))) j++;
  return j > from && ctx.acronymAfter(j) ? j : undefined;
}

const PLURAL_POSSESSOR = /(?:men|ers|ren|ple|ists|ans|ors)$/;

/**
 * The token after a plural possessive ("Farmers'", "Workers’", "People's") when the capitalised
 * words after it name an organization ("... Federation", "... Party"); undefined otherwise.
 */
function pluralPossessiveEnd(ctx: ScanContext, at: number, limit: number): number | undefined {
  const word = ctx.token(at);
  const mark = ctx.token(at + 1);
  if (word === undefined || mark === undefined || mark.start !== word.end) return undefined;
  const plural =
    mark.text === "'" || mark.text === '’'
      ? /s$/.test(word.text)
      : PLURAL_POSSESSOR.test(word.text);
  if (!plural || ctx.lex.firstNames.has(word.text) || ctx.phrase(at, at + 1) !== undefined)
    return undefined;
  let j = at + 2;
  while (j < limit && ctx.isCap(j)) {
    if (ctx.lex.orgHeads.has(ctx.token(j)?.text ?? '')) return at + 2;
    j++;
  }
  return undefined;
}

function entryCandidate(
  ctx: ScanContext,
  first: number,
  last: number,
  entry: LexiconEntry,
  sentence: number,
): Candidate {
  const span = ctx.span(first, last);
  return {
    ...span,
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
      ...span,
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
  while (k < from + 2 && MINISTRY_WORDS.has(ctx.lower(k))) k++;
  if (k === from || ctx.lower(k) !== 'ministry') return;
  const span = ctx.span(state.first, k + 1);
  const words = collapse(
    ctx.text.slice(ctx.token(from)?.start ?? 0, ctx.token(k)?.end ?? 0),
  ).toLowerCase();
  ctx.emit({
    ...span,
    first: state.first,
    last: k + 1,
    sentence,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', `${state.name} ${words}`),
    name: span.text,
    attributes: { state: state.id ?? '' },
  });
}

function orgHeadEnd(ctx: ScanContext, first: number, last: number): boolean {
  const numbered = /^\d+$/.test(ctx.token(last - 1)?.text ?? '');
  const lastWord = ctx.token(numbered ? last - 2 : last - 1)?.text ?? '';
  if (last - first >= 2 && ctx.lex.orgHeads.has(lastWord)) return true;
  // "Academy of Vietnam", "Coalition to Counter ISIS": a head followed by a connector; "the Bureau
  // of Statistics": after "the", the head may come first.
  const from =
    ctx.lower(first - 1) === 'the' && ctx.title(first, first + 1) === undefined ? first : first + 1;
  for (let k = from; k < last - 1; k++) {
    if (ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '') && ctx.isConnector(k + 1)) return true;
  }
  return false;
}

/** "Global Coalition to Counter ISIS": an organization head stands before a listed name. */
function hasHeadBefore(ctx: ScanContext, first: number, k: number): boolean {
  for (let j = first + 1; j < k; j++) {
    if (ctx.lex.orgHeads.has(ctx.token(j)?.text ?? '') && (j === k - 1 || ctx.isConnector(j + 1)))
      return true;
  }
  return false;
}

/** Organization named by a rule: "Kohelet Policy Forum", "Vietnam's Communist Party". */
function emitRuleOrg(ctx: ScanContext, chunk: Chunk, first: number): void {
  const { last, sentence } = chunk;
  let qualifier = ctx.candidateEndingAt(first, 1);
  if (qualifier?.type !== 'State' || !ctx.token(qualifier.last - 1)?.poss) qualifier = undefined;
  let bodyFirst = first;
  const lead = ctx.phrase(first, last);
  const leadEntry = lead === undefined ? undefined : ctx.pick(lead.values);
  if (leadEntry?.type === 'State' && lead !== undefined && lead.end < last) {
    qualifier = emitEntry(ctx, first, lead.end, lead.values, sentence) ?? qualifier;
    bodyFirst = lead.end;
  }
  const span = ctx.span(first, last);
  const body = ctx.span(bodyFirst, last).text;
  const generic = body.split(/[\s-]+/).every((w) => GENERIC_ORG_WORDS.has(w));
  const name = generic && qualifier !== undefined ? `${body} of ${qualifier.name}` : span.text;
  const state = qualifier?.entry?.type === 'State' ? qualifier.id : undefined;
  ctx.emit({
    ...span,
    first,
    last,
    sentence,
    type: 'Organization',
    kind: 'name',
    id: entityId('Organization', name),
    name,
    ...(state !== undefined && generic ? { attributes: { state } } : {}),
  });
}

function commonWord(ctx: ScanContext, i: number): boolean {
  const t = ctx.token(i);
  if (t === undefined || ctx.phrase(i, i + 1) !== undefined || ctx.title(i, i + 1) !== undefined)
    return false;
  return !ctx.lex.firstNames.has(t.text) && ctx.seenLower(t.text);
}

/** "Mission in the Central African Republic (MINUSCA)": a name with a head word that an acronym defines. */
function definedWithHead(ctx: ScanContext, first: number, last: number): boolean {
  if (!ctx.acronymAfter(last)) return false;
  for (let k = first; k < last; k++)
    if (ctx.lex.orgHeads.has(ctx.token(k)?.text ?? '')) return true;
  return false;
}

const BRANCH_KINDS = new Set(['ngo', 'company', 'media']);

/** "Transparency International Kenya": a listed organization's national branch is one organization. */
function branchOfListed(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  const lead = ctx.phrase(first, last);
  if (lead === undefined || lead.end >= last) return false;
  const org = ctx.pick(lead.values);
  const rest = ctx.phrase(lead.end, last);
  if (org?.type !== 'Organization' || !BRANCH_KINDS.has(org.orgKind ?? '') || rest?.end !== last)
    return false;
  if (!rest.values.some((v) => v.type === 'State' && v.mentionKind === 'name')) return false;
  emitNamedOrganization(ctx, first, last, sentence);
  return true;
}

/**
 * The state or organization that owns a listed organ's generic alias ("Security Council",
 * "General Assembly") by a possessive right before it: then the alias is not the listed organ's.
 */
function ownerOfGenericName(
  ctx: ScanContext,
  chunk: Chunk,
  values: readonly LexiconEntry[],
): Candidate | undefined {
  const entry = ctx.pick(values);
  if (entry?.type !== 'Organization' || entry.mentionKind !== 'alias') return undefined;
  const words = ctx.span(chunk.first, chunk.last).text.split(' ');
  if (!words.every((w) => GENERIC_ORG_WORDS.has(w))) return undefined;
  const owner = ctx.candidateEndingAt(chunk.first, 1);
  const poss = owner === undefined ? undefined : ctx.token(owner.last);
  if (owner?.id === undefined || (poss?.text !== '’s' && poss?.text !== "'s")) return undefined;
  if (owner.id === entry.id || (owner.type !== 'State' && owner.type !== 'Organization'))
    return undefined;
  return owner;
}

/** "Dana Kell of Grace Church": the person, then the body (stages/person-of-org.ts). */
function splitPersonOfOrg(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  const of = personBeforeOf(ctx, first, last);
  if (of === undefined) return false;
  if (!orgHeadEnd(ctx, of + 1, last) && ctx.phrase(of + 1, last)?.end !== last) return false;
  emitPersonBeforeOf(ctx, first, of, sentence);
  analyzeChunk(ctx, { first: of + 1, last, sentence });
  return true;
}

/** Decide what a run of capitalised words holds: a listed name, a rule-named thing, or names and titles. */
export function analyzeChunk(ctx: ScanContext, chunk: Chunk): void {
  let first = chunk.first;
  const { last, sentence } = chunk;
  while (
    first < last &&
    ctx.lex.stopwords.has(ctx.lower(first)) &&
    !ctx.isGlue(first + 1) &&
    ctx.phrase(first, last)?.end !== last
  ) {
    // "the New People's Army": a capitalised "New" after the start of a sentence begins the name.
    if (ctx.lower(first) === 'new' && !ctx.sentenceInitial(first) && first + 1 < last) break;
    first++;
  }
  // "Shares of Tokyo Electron": a sentence-initial word the article also writes in lower case.
  while (
    first < last - 2 &&
    ctx.sentenceInitial(first) &&
    ctx.isConnector(first + 1) &&
    commonWord(ctx, first)
  ) {
    first++;
    while (first < last && !ctx.isCap(first)) first++;
  }
  if (first >= last) return;
  const whole = ctx.phrase(first, last);
  if (whole?.end === last) {
    const owner = ownerOfGenericName(ctx, { first, last, sentence }, whole.values);
    // "Russia's Security Council" is Russia's own; "the AU's Security Council" names no entity here.
    if (owner?.type === 'State') emitRuleOrg(ctx, { first, last, sentence }, first);
    else if (owner === undefined) emitEntry(ctx, first, last, whole.values, sentence);
    return;
  }
  const lastWord = ctx.token(last - 1)?.text ?? '';
  if (last - first >= 2 && ctx.lex.nonNameHeads.has(lastWord)) {
    // "the U.S. Labor Day holiday": the name is no entity, but the state that leads it is.
    const lead = ctx.phrase(first, last);
    // A capital there names the thing, not its government: "the Lisbon Treaty".
    if (
      lead !== undefined &&
      lead.end < last &&
      lead.values.some((v) => v.type === 'State' && v.mentionKind !== 'capital')
    )
      emitEntry(ctx, first, lead.end, lead.values, sentence);
    return;
  }
  for (let k = first + 1; k < last; k++) {
    const inner = ctx.phrase(k, last);
    const headBefore = hasHeadBefore(ctx, first, k);
    if (
      inner?.end === last &&
      inner.values.some((v) => v.type === 'Organization') &&
      !headBefore &&
      ctx.lower(k - 1) !== 'and'
    ) {
      splitChunk(ctx, { first, last: k, sentence });
      emitEntry(ctx, k, last, inner.values, sentence);
      return;
    }
  }
  if (branchOfListed(ctx, { first, last, sentence })) return;
  if (splitPersonOfOrg(ctx, { first, last, sentence })) return;
  if (
    (orgHeadEnd(ctx, first, last) || definedWithHead(ctx, first, last)) &&
    ctx.title(first, last)?.end !== last
  ) {
    emitRuleOrg(ctx, chunk, first);
    return;
  }
  if (
    last - first >= 2 &&
    (ctx.lex.eventHeads.has(lastWord) || ctx.lex.locationHeads.has(lastWord))
  ) {
    const span = ctx.span(first, last);
    const type = ctx.lex.eventHeads.has(lastWord) ? 'Event' : 'Location';
    ctx.emit({
      ...span,
      first,
      last,
      sentence,
      type,
      kind: 'name',
      id: entityId(type, span.text),
      name: span.text,
    });
    return;
  }
  splitChunk(ctx, { first, last, sentence });
}

/** "of Foreign Affairs", "for Water" after a title: the office's portfolio, no name. */
function portfolioEnd(ctx: ScanContext, from: number, last: number): number {
  const connector = ctx.lower(from);
  if (connector !== 'of' && connector !== 'for') return from;
  let j = from + 1;
  while (
    j < last &&
    (ctx.lex.portfolios.has(ctx.token(j)?.text ?? '') || (j > from + 1 && ctx.lower(j) === 'and'))
  )
    j++;
  while (j > from + 1 && ctx.lower(j - 1) === 'and') j--;
  return j > from + 1 ? j : from;
}

/** Left to right: honorifics, titles, listed names, and the unknown words between them. */
function splitChunk(ctx: ScanContext, chunk: Chunk): void {
  const { last, sentence } = chunk;
  let role: RoleCue | undefined = ctx.titleBefore(chunk.first);
  let honorific = false;
  let k = chunk.first;
  while (k < last) {
    const t = ctx.token(k);
    if (t === undefined) break;
    if (ctx.lex.honorifics.has(t.text)) {
      honorific = true;
      k++;
      continue;
    }
    const title = t.cap ? ctx.title(k, last) : undefined;
    const listed = ctx.phrase(k, last);
    if (
      title !== undefined &&
      title.end < last &&
      (listed === undefined || title.end >= listed.end)
    ) {
      const info = title.values[0];
      const owner = ctx.candidateEndingAt(k, 1);
      const end = portfolioEnd(ctx, title.end, last);
      role = {
        title: info?.title ?? t.text,
        start: t.start,
        end: ctx.token(end - 1)?.end ?? t.end,
      };
      if (owner?.id !== undefined && (owner.type === 'State' || owner.type === 'Organization'))
        role.of = owner.id;
      k = end;
      continue;
    }
    if (listed !== undefined) {
      emitEntry(ctx, k, listed.end, listed.values, sentence);
      k = listed.end;
      continue;
    }
    let r = k + 1;
    while (
      r < last &&
      !ctx.lex.honorifics.has(ctx.token(r)?.text ?? '') &&
      ctx.phrase(r, last) === undefined
    ) {
      if (ctx.token(r)?.cap && ctx.title(r, last) !== undefined) break;
      r++;
    }
    while (r > k + 1 && !ctx.isNamePart(r - 1)) r--;
    emitName(ctx, { first: k, last: r, sentence }, { role, honorific, limit: ctx.sentenceLast });
    role = undefined;
    honorific = false;
    k = r;
  }
}
