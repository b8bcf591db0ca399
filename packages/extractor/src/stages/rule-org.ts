import type { LexiconEntry } from '../lexicon/entry.js';
import type { Candidate, Chunk } from './candidate.js';
import { listedBody } from './bare-bodies.js';
import { tokenize } from '../text/tokenize.js';
import { emitEntry } from './chunk-entries.js';
import { emitNamedOrganization, orgNounOpening } from './names.js';
import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/** Words that say nothing specific: "Communist Party" needs its state to be one thing. */
const GENERIC_ORG_WORDS = SCAN_WORDS.genericOrgWords;

/** Organization named by a rule: "Kohelet Policy Forum", "Vietnam's Communist Party". */
export function emitRuleOrg(ctx: ScanContext, chunk: Chunk, from: number): void {
  const { last, sentence } = chunk;
  // "Carmaker Velto Motors said": the sentence's first word says what the body is.
  const first = last - from >= 2 && orgNounOpening(ctx, from) ? from + 1 : from;
  let qualifier = ctx.candidateEndingAt(first, 1);
  if (qualifier?.type !== 'State' || !ctx.token(qualifier.last - 1)?.poss) qualifier = undefined;
  const lead = ctx.phrase(first, last);
  const leadEntry = lead === undefined ? undefined : ctx.pick(lead.values);
  const stateLead = leadEntry?.type === 'State' && lead !== undefined && lead.end < last;
  const bodyFirst = stateLead ? lead.end : first;
  const body = ctx.span(bodyFirst, last).text;
  const generic = body.split(/[\s-]+/).every((w) => GENERIC_ORG_WORDS.has(w));
  // "the German Green Party", "the Chinese Ministry of Commerce": a state's own body is mentioned
  // without the state, a mention of its own; in "the Syrian Observatory for Human Rights" the
  // adjective is part of a proper name and no mention of the state.
  const ownBody = generic || /\bMinistry\b/.test(body);
  if (stateLead && ownBody)
    qualifier = emitEntry(ctx, first, lead.end, lead.values, sentence) ?? qualifier;
  // "the Chinese Foreign Ministry", "Germany's Foreign Ministry": the state's ministry is already
  // made (emitMinistry).
  const made = ctx.candidates[ctx.candidates.length - 1];
  if (made?.type === 'Organization' && made.last === last && made.first >= bodyFirst) return;
  // "China's Communist Party", "Israel's Labor Party": the state's listed body or party by that name.
  const listed =
    generic && qualifier?.type === 'State' ? statesListedBody(ctx, body, qualifier) : undefined;
  if (listed !== undefined) {
    emitEntry(ctx, stateLead || ownBody ? bodyFirst : first, last, [listed], sentence);
    return;
  }
  const name = generic && qualifier !== undefined ? `${body} of ${qualifier.name}` : undefined;
  const state = qualifier?.entry?.type === 'State' ? qualifier.id : undefined;
  const stateBody = ownBody && qualifier !== undefined;
  emitNamedOrganization(ctx, stateBody ? bodyFirst : first, last, sentence, {
    name: name ?? ctx.span(first, last).text,
    ...(state !== undefined && generic ? { attributes: { state } } : {}),
  });
}

/**
 * The listed body of the state by a generic name: "Communist Party of China" for China's
 * "Communist Party", or the one listed party of the state named by its demonym and that name
 * ("Israeli Labor Party" for Israel's "Labor Party"; not "Liberal Democratic Party" for Japan's
 * "Democratic Party").
 */
function statesListedBody(
  ctx: ScanContext,
  body: string,
  state: Candidate,
): LexiconEntry | undefined {
  const listed = listedBody(ctx.lex, body, state);
  if (listed !== undefined) return listed;
  const ending = ctx.lex.parties.filter(
    (p) => p.state === state.id && p.name.endsWith(` ${body}`) && statesWord(ctx, p, body, state),
  );
  return ending.length === 1 ? ending[0] : undefined;
}

/** The party's name is the state's name or demonym, then `body` ("Israeli Labor Party"). */
function statesWord(
  ctx: ScanContext,
  party: LexiconEntry,
  body: string,
  state: Candidate,
): boolean {
  const tokens = tokenize(party.name.slice(0, -body.length - 1));
  const match = ctx.lex.phrases.longest(tokens, 0);
  return match?.end === tokens.length && match.values.some((v) => v.id === state.id);
}

/** "the German Foreign Office": a state's listed body ("Foreign Office") after another state's name. */
export function otherStatesBody(
  ctx: ScanContext,
  before: Chunk,
  values: readonly LexiconEntry[],
): boolean {
  const body = ctx.pick(values);
  if (body?.type !== 'Organization' || body.state === undefined) return false;
  const lead = ctx.phrase(before.first, before.last);
  const state = lead?.end === before.last ? ctx.pick(lead.values) : undefined;
  return state?.type === 'State' && state.id !== body.state;
}

/**
 * "the Kurdistan Democratic Party", "the Sindh Democratic Party": a place's name before a listed
 * party of a state makes a party of its own, not that state's party and a stray place (a listed
 * party whose name holds the place, "Scottish National Party", is found whole before this).
 * The listed name runs to `last` and ends in a head word ("Party"), so "Ohio Republican" and
 * "Texas Democrats" stay a place and the party.
 */
export function placesOwnParty(
  ctx: ScanContext,
  before: Chunk,
  values: readonly LexiconEntry[],
  last: number,
): boolean {
  const party = ctx.pick(values);
  if (party?.type !== 'Organization' || party.orgKind !== 'party' || party.state === undefined)
    return false;
  // The party's name, not an alias ("Ohio Republican John Kasich", "Texas Democrats").
  if (!ctx.lex.orgHeads.has(ctx.token(last - 1)?.text ?? '')) return false;
  const lead = ctx.phrase(before.first, before.last);
  return (
    lead?.end === before.last &&
    lead.values.every((v) => v.type === 'Location' && v.mentionKind !== 'capital')
  );
}

/**
 * "Ana Roth of the Sindh Democratic Party": inside a longer run, the place's own party after "of"
 * or "the" (placesOwnParty), which the person-of-body split reads, not the state's listed party.
 */
export function placesPartyAfterOf(
  ctx: ScanContext,
  chunk: Chunk,
  k: number,
  values: readonly LexiconEntry[],
): boolean {
  for (let j = k - 1; j > chunk.first; j--) {
    if (ctx.isCap(j - 1)) continue;
    const word = ctx.lower(j - 1);
    if (word !== 'of' && word !== 'the') return false;
    return placesOwnParty(ctx, { first: j, last: k, sentence: chunk.sentence }, values, chunk.last);
  }
  return false;
}

/** "IS" after '"Islamic State" (IS)': an acronym the article defined names the same organization. */
export function emitDefinedAcronym(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  const defined = last === first + 1 ? ctx.acronyms.get(ctx.token(first)?.text ?? '') : undefined;
  if (defined?.id === undefined) return false;
  const { entry, attributes } = defined;
  const span = ctx.span(first, last);
  ctx.emit({
    start: span.start,
    end: span.end,
    text: span.text,
    first,
    last,
    sentence,
    type: defined.type,
    kind: 'acronym',
    id: defined.id,
    name: defined.name,
    ...(entry === undefined ? {} : { entry: { ...entry, mentionKind: 'acronym' as const } }),
    ...(attributes === undefined ? {} : { attributes }),
  });
  return true;
}
