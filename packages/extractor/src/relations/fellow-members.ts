import { z } from 'zod';
import { LowerWord, Phrase, parseWordLists } from '../lexicon/word-lists.js';
import { isPossessiveMark } from './ally-apposition.js';
import { strength } from './confidence.js';
import { between } from './frame-env.js';
import { isPeopleKind } from './member-bodies.js';
import { emitMember, memberNow } from './members-include.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { isBlocked } from './title-sense.js';
import fellowJson from './fellow-members.json' with { type: 'json' };

const FellowWordsSchema = z.object({
  allyNouns: z.array(LowerWord).min(1),
  partnerNouns: z.array(LowerWord).min(1),
  memberNouns: z.array(LowerWord).min(1),
  countryNouns: z.array(LowerWord).min(1),
  connectors: z.array(Phrase).min(1),
  phraseEnders: z.array(LowerWord).min(1),
  kindNouns: z.array(LowerWord).min(1),
  includeAdverbs: z.array(LowerWord).min(1),
  targetPrepositions: z.array(LowerWord).min(1),
});

type Companion = 'ally' | 'partner' | 'member';

interface FellowWords {
  /** "allies", "partners", "members": the companions' noun after a body's or a state's name. */
  companions: ReadonlyMap<string, Companion>;
  /** Each connector's words, last word first, for reading backwards from "its"/"other". */
  connectors: readonly (readonly string[])[];
  enders: ReadonlySet<string>;
  /** From an owner's end to "its": ", along with its ", " and their ". */
  pronounLead: RegExp;
  /** From a body's end to the first member: " alliance, which includes ". */
  relativeIncludes: RegExp;
  /** From a body that opens the sentence to its first member: " alliance now includes ". */
  includes: RegExp;
  /** "against", "on": a body after one is what the noun before is against or about. */
  targetPrepositions: ReadonlySet<string>;
}

let cached: FellowWords | undefined;
export function fellowWords(): FellowWords {
  if (cached) return cached;
  const lists = parseWordLists(FellowWordsSchema, fellowJson, 'relations/fellow-members.json');
  const companions = new Map<string, Companion>();
  for (const w of lists.allyNouns) companions.set(w, 'ally');
  for (const w of lists.partnerNouns) companions.set(w, 'partner');
  for (const w of [...lists.memberNouns, ...lists.countryNouns]) companions.set(w, 'member');
  const connectors = lists.connectors.map((c) => c.replace(/ /g, String.raw`\s+`)).join('|');
  const adverbs = lists.includeAdverbs.join('|');
  const kinds = lists.kindNouns.join('|');
  cached = {
    companions,
    connectors: lists.connectors.map((c) => c.split(' ').reverse()),
    enders: new Set(lists.phraseEnders),
    pronounLead: new RegExp(
      String.raw`^\s*,?\s*(?:${connectors})\s+(?:its|their)\s+((?:[\p{Ll}-]+\s+){0,2})$`,
      'u',
    ),
    relativeIncludes: new RegExp(
      String.raw`^(?:\s+(?:${kinds}))?,\s+which\s+(?:(?:${adverbs})\s+)?includes?\s+$`,
      'u',
    ),
    includes: new RegExp(
      String.raw`^(?:\s+(?:${kinds}))?\s+(?:(?:${adverbs})\s+)?includes\s+$`,
      'u',
    ),
    targetPrepositions: new Set(lists.targetPrepositions),
  };
  return cached;
}

/**
 * Membership and alliance stated in passing by the phrase that names a state's companions:
 * "Poland and other NATO members", "Poland's fellow EU members", "Poland and fellow NATO member
 * Norway" (Poland MEMBER_OF the body; not "Poland and its NATO allies", "Poland's EU partners",
 * which name Poland's companions in the body, not Poland as a member); "Peru and its Chilean allies", "Peru and other Chilean allies" (ALLIED_WITH the state);
 * "X and Y, longtime partners in Z", "X's partners in Z" (`partnersIn`); "Z, which includes X"
 * (`bodyIncludes`). "Former" or any other word between breaks the phrase, so past partners give
 * nothing.
 */
export function fellowMembers(env: RoleEnv): void {
  env.view.units.forEach((head, h) => {
    const type = head.actor?.type;
    if (type !== 'Organization' && type !== 'State') return;
    companionsOf(env, head);
    if (type !== 'Organization' || env.ctx.isGovernmentBody(head.mention.entityId)) return;
    partnersIn(env, head);
    bodyIncludes(env, head, h);
  });
}

/**
 * "X and its Z allies", "X's fellow Z members", "X and other members of Z", "X and the rest of
 * Z": X is Z's member (Z a body of states) or ally (Z a state or a body of people).
 */
function companionsOf(env: RoleEnv, head: Unit): void {
  const { view } = env;
  const words = view.words;
  const phrase = companionPhrase(words, head);
  if (phrase === undefined || head.actor === undefined) return;
  const { kind } = phrase;
  let t = phrase.leadEnd;
  const fellow = words[t] === 'fellow';
  if (fellow) t--;
  const other = words[t] === 'other';
  if (other) t--;
  const pronoun = words[t] === 'its' || words[t] === 'their';
  if (pronoun) t--;
  else if (other && words[t] === 'the') t--;
  const possessive = !pronoun && !phrase.of && isPossessiveMark(view, t);
  // "Syria and its Hezbollah allies": a body of people has allies, not member states.
  const body = head.actor.type === 'Organization' && !isPeopleKind(env.ctx, head.actor.id);
  const own = pronoun && !phrase.of;
  // "X's NATO allies", "X and its EU partners" name X's companions in the body, not X as one of
  // its members ("Ukraine's NATO allies"); "fellow", "other" and "the rest of" do.
  const licensed = body
    ? fellow || other || kind === 'rest'
    : kind === 'ally' && !fellow && !possessive && (own || other);
  if (!licensed) return;
  let ownerAt = t - 1;
  if (!possessive) {
    const start = connectorStart(words, t);
    if (start < 0) return;
    ownerAt = words[start - 1] === ',' ? start - 2 : start - 1;
  }
  const owner = ownerSide(view, ownerAt, head);
  if (owner === undefined) return;
  const confidence = strength(body ? 'fellow-member' : 'fellow-ally');
  for (const actor of owner.actors) {
    if (actor.type !== 'State' || actor.id === head.actor.id) continue;
    const type = body ? 'MEMBER_OF' : 'ALLIED_WITH';
    emitRole(env, { type, source: actor, target: head.actor, confidence });
  }
}

interface CompanionPhrase {
  kind: Companion | 'rest';
  /** The last token before the companions' noun phrase: "other", "its", "fellow", a connector. */
  leadEnd: number;
  /** The noun governs the name by "of": "other members of Z". */
  of: boolean;
}

/** "Z allies" (the noun after the name), "members of (the) Z", "the rest of (the) Z". */
function companionPhrase(words: readonly string[], head: Unit): CompanionPhrase | undefined {
  const companions = fellowWords().companions;
  const after = companions.get(words[head.lastToken + 1] ?? '');
  if (after !== undefined) return { kind: after, leadEnd: head.firstToken - 1, of: false };
  let t = head.firstToken - 1;
  if (words[t] === 'the') t--;
  if (words[t] !== 'of') return undefined;
  if (words[t - 1] === 'rest' && words[t - 2] === 'the')
    return { kind: 'rest', leadEnd: t - 3, of: true };
  const kind = companions.get(words[t - 1] ?? '');
  return kind === undefined || kind === 'partner' ? undefined : { kind, leadEnd: t - 2, of: true };
}

/** The first token of a connector ending at token `end` ("and", "along with"), or -1. */
function connectorStart(words: readonly string[], end: number): number {
  for (const connector of fellowWords().connectors) {
    if (connector.every((word, k) => words[end - k] === word)) return end - connector.length + 1;
  }
  return -1;
}

/** The actors of the group whose last unit ends at token `at`, short of `head`. */
function ownerSide(view: SentenceView, at: number, head: Unit): Side | undefined {
  const u = view.unitAt[at] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor || unit.lastToken !== at) return undefined;
  return sideOf(view, u, (next) => next === head);
}

// From the owner's end to "partners": "'s longtime " (its possessor), ", both " (in apposition),
// " are now " (after a present copula).
const POSSESSIVE_LEAD = /^['’]s?\s+((?:[\p{Ll}-]+\s+){0,2})$/u;
const APPOSED_LEAD =
  /^\s*,\s*(?:(?:a|an|both|all|also|the|fellow|longtime|long-time)\s+)?((?:[\p{Ll}-]+\s+){0,2})$/u;
const COPULA_LEAD =
  /^\s+(?:is|are|remains?|became|(?:has|have)\s+(?:long\s+)?been)\s+(?:(?:a|an|both|all|also|now|still)\s+)?((?:[\p{Ll}-]+\s+){0,2})$/u;
/** Words that may not qualify "partners": a clause's words, not a description. */
const NOT_QUALIFIERS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'which',
  'who',
  'that',
  'said',
  'says',
  'to',
  'of',
  'in',
]);

/** Tokens back from "partners" to its owner's name. */
const OWNER_REACH = 6;

/**
 * "Malaysia's partners in the Z", "X and Y, longtime partners in Z,", "X and its partners in
 * Z", "X and Y are partners in Z": the owner (and an apposition before a possessor: "X and Y,
 * W's partners in Z") belongs to Z. Z must close the phrase ("partners in the Z talks" is no
 * membership).
 */
function partnersIn(env: RoleEnv, body: Unit): void {
  const { view } = env;
  const words = view.words;
  let t = body.firstToken - 1;
  if (words[t] === 'the') t--;
  const p = t - 1;
  if (words[t] !== 'in' || fellowWords().companions.get(words[p] ?? '') !== 'partner') return;
  if (!closesPhrase(env, body.lastToken + 1)) return;
  const partner = view.tokens[p]?.start ?? 0;
  for (let k = p - 1; k >= Math.max(0, p - OWNER_REACH); k--) {
    const u = view.unitAt[k] ?? -1;
    const unit = view.units[u];
    if (unit === undefined) continue;
    const lead = between(view, unit.end, partner);
    const possessor = POSSESSIVE_LEAD.exec(lead);
    const match =
      possessor ??
      APPOSED_LEAD.exec(lead) ??
      COPULA_LEAD.exec(lead) ??
      fellowWords().pronounLead.exec(lead);
    if (match === null || !qualifiers(env, match[1] ?? '')) return;
    const owners = [sideOf(view, u, (next) => next === body)];
    if (possessor && words[unit.firstToken - 1] === ',')
      owners.push(ownerSide(view, unit.firstToken - 2, body));
    for (const side of owners) emitPartners(env, side, body);
    return;
  }
}

function emitPartners(env: RoleEnv, side: Side | undefined, body: Unit): void {
  for (const actor of side?.actors ?? []) {
    if (body.actor === undefined || actor.id === body.actor.id) continue;
    if (actor.type !== 'State' && actor.type !== 'Organization') continue;
    if (env.ctx.isGovernmentBody(actor.id)) continue;
    const confidence = strength('partner-in-body');
    emitRole(env, { type: 'MEMBER_OF', source: actor, target: body.actor, confidence });
  }
}

/** The words qualifying "partners" say a member now: not "former", "future", "not". */
function qualifiers(env: RoleEnv, words: string): boolean {
  const list = words.trim().split(/[\s,]+/u);
  if (list.some((w) => NOT_QUALIFIERS.has(w) || isBlocked(env.cues, w))) return false;
  return memberNow(words);
}

/** The body's phrase ends at token `t`: punctuation, a verb, or a word that opens a new phrase. */
function closesPhrase(env: RoleEnv, t: number): boolean {
  const word = env.view.words[t];
  if (word === undefined) return true;
  if (/^[,.;:)!?"“”—–]$/u.test(word)) return true;
  if (fellowWords().enders.has(word) || env.cues.context.speechVerbs.has(word)) return true;
  return /^\p{Ll}+ed$/u.test(word);
}

const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * The body is what a noun before it is against or about ("the coalition against Z, which includes
 * X", "the war on Z"): the relative clause may belong to that noun, so it names no member of Z.
 */
function isTargetOfNoun(view: SentenceView, body: Unit): boolean {
  let t = body.firstToken - 1;
  if (view.words[t] === 'the') t -= 1;
  return fellowWords().targetPrepositions.has(view.words[t] ?? '');
}

/**
 * "NATO, which includes Turkey and Greece", "The Mercosur bloc now includes Bolivia": each
 * actor listed belongs to the body (present tense only; a person only to a body of people).
 */
function bodyIncludes(env: RoleEnv, body: Unit, h: number): void {
  const { view } = env;
  const first = view.units[h + 1];
  if (!first?.actor) return;
  const gap = between(view, body.end, first.start);
  const words = fellowWords();
  // "Z includes X" only where Z opens the sentence: "a plan by Z includes X" says nothing.
  const opens = body.firstToken === 0 || (body.firstToken === 1 && view.words[0] === 'the');
  if (!words.relativeIncludes.test(gap) && !(opens && words.includes.test(gap))) return;
  if (isTargetOfNoun(view, body)) return;
  for (let k = h + 1; k < view.units.length; k++) {
    const member = view.units[k];
    if (!member?.actor) return;
    if (member.actor.type !== 'Organization' || member.actor.id !== body.actor?.id)
      emitMember(env, member.mention, body.mention);
    const next = view.units[k + 1];
    if (next === undefined || !LIST_GAP.test(between(view, member.end, next.start))) return;
  }
}
