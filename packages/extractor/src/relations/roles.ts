import type { Mention, RoleCue } from '../types.js';
import type { ActorRef } from './article-context.js';
import type { Unit } from './sentence-view.js';
import { headsABranch, headsAPart } from './title-body.js';
import { envoyAfterName, envoyRole } from './title-envoy.js';
import { headsByName, impliedBody, organizationKind } from './title-generic.js';
import { partyBefore } from './title-party.js';
import { modifiersOnly, widenTitle } from './title-span.js';
import { affiliation, appositionRole } from './title-apposition.js';
import { completeRole } from './title-complete.js';
import { emitRole, gap, type RoleEnv } from './title-env.js';
import { resolveHolder, type ResolvedHolder } from './title-resolve.js';
import { demonymBody } from './title-demonym-body.js';
import { stateOfficeHolder } from './title-state-office.js';
import { anaphoricTitles } from './title-anaphor.js';
import { membershipNouns } from './membership-people.js';
import { possessiveMembers } from './possessive-member.js';
import { titleOfBeforeName } from './title-of-before-name.js';
import { counterparts } from './counterpart.js';
import { staffAffiliations } from './staff-affiliation.js';
import { memberAppositions } from './member-apposition.js';
import { staffNounMembers } from './member-staff-nouns.js';
import { possessiveNounAppositions } from './possessive-noun-apposition.js';
import { sentenceClubMembers } from './sentence-club.js';
import { asSportRoles } from './as-sport-role.js';
import { sportActionMembers } from './sport-action.js';
import { frontedWithMembers, sportListMembers } from './sport-list.js';
import { sportSentenceMembers } from './sport-sentence.js';
import { partyBrackets } from './party-bracket.js';
import { partyOffices } from './party-office.js';
import { partyHasNoSuchOffice } from './party-public-office.js';
import { anaphoricMembers } from './member-anaphor.js';
import { listedMembers } from './list-members.js';
import { includedMembers } from './members-include.js';
import { asMembers } from './as-member.js';
import { fellowMembers } from './fellow-members.js';
import { administrations } from './title-administration.js';
import { possessiveApposition } from './title-possessive.js';
import { possessedTitleBefore } from './title-possessed-before.js';
import { candidateMembership } from './party-candidate.js';
import { listTitle } from './title-list.js';
import { conjunctTitle } from './title-conjunct.js';
import { describedTitleBefore } from './title-described-owner.js';
import { representVerbs } from './represent-verb.js';
import { statePresidencies } from './state-presidency.js';
import {
  foreignHeadTitle,
  organizationTitleOfState,
  readTitle,
  withCoPrefix,
} from './title-modifier.js';
import { strength } from './confidence.js';
import { AsciiWordsPattern } from '../text/ascii-words-pattern.js';
import { holds, mentionKinds, ORGANIZATION, PERSON, STATE } from './rule-gate.js';

export type { RoleEnv } from './title-env.js';

// "former chairman X"; "X, who used to head Y": a title read off "used to" is a verb of the past.
const BLOCKED_BEFORE =
  /\b(?:(?:former|late|then|ex|outgoing|erstwhile)[\s-]+(?:[\p{L}.’'-]+\s+){0,3}|used\s+to\s+)$/iu;
/** Its first words alone: without them BLOCKED_BEFORE cannot match, and this test is cheaper. */
const BLOCKING_WORD = new AsciiWordsPattern(
  /\b(?:former|late|then|ex|outgoing|erstwhile)[\s-]|\bused\s/iu,
);

const INDEFINITE_BEFORE = /\ban?\s+$/iu;

function blockedBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return BLOCKING_WORD.test(before) && BLOCKED_BEFORE.test(before);
}

/**
 * LEADS / REPRESENTS / MEMBER_OF from the people of one sentence: the titles the entity stage
 * marked ("U.S. Defense Secretary Jane Doe"), titles in apposition it missed ("X, senior
 * fellow at Y"), "X, from Y" and a party name right before a person ("Conservative X").
 */
export function extractRoles(env: RoleEnv): void {
  env.view.units.forEach((unit, u) => {
    if (unit.mention.type !== 'Person' || !unit.actor) return;
    personRoles(env, unit, unit.actor, u);
  });
  // Each rule gated on the kinds of mention its code cannot emit without (rule-gate.ts), in its
  // place: direct calls, as before, so each call site stays monomorphic. An ungated rule always runs.
  const kinds = mentionKinds(env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []);
  const person = holds(kinds, PERSON);
  const body = holds(kinds, ORGANIZATION);
  const personAndBody = holds(kinds, PERSON | ORGANIZATION);
  const state = holds(kinds, STATE);
  if (person) swallowedPeople(env);
  anaphoricTitles(env);
  if (person) membershipNouns(env);
  if (person) possessiveMembers(env);
  if (person) titleOfBeforeName(env);
  if (person) counterparts(env);
  if (personAndBody) staffAffiliations(env);
  if (personAndBody) memberAppositions(env);
  if (personAndBody) staffNounMembers(env);
  if (personAndBody) possessiveNounAppositions(env);
  if (person) sentenceClubMembers(env);
  if (person || body) asSportRoles(env);
  if (person) sportActionMembers(env);
  if (person) sportListMembers(env);
  if (person) frontedWithMembers(env);
  if (person) sportSentenceMembers(env);
  if (person) partyBrackets(env);
  if (personAndBody) partyOffices(env);
  if (state) anaphoricMembers(env);
  if (body) listedMembers(env);
  if (body) includedMembers(env);
  if (body) asMembers(env);
  if (state || body) fellowMembers(env);
  if (person) administrations(env);
  if (person) representVerbs(env);
  statePresidencies(env);
}

/**
 * "Mr Hale, MEP Ann Dove and party leader Rob Kent": a person whose own title comes before the
 * name but whom the sentence view folded into a neighbour's span still holds that title.
 */
function swallowedPeople(env: RoleEnv): void {
  // The units' mentions are gathered only for a sentence with a titled person to test.
  let own: Set<Mention> | undefined;
  for (const mention of env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []) {
    const role = mention.role;
    if (mention.type !== 'Person' || !role || role.end > mention.start) continue;
    own ??= new Set(env.view.units.map((unit) => unit.mention));
    if (own.has(mention)) continue;
    const person = env.ctx.actor(mention.entityId);
    if (person === undefined) continue;
    impliedMembership(env, person, role.title);
    roleRelation(env, person, mention, role);
  }
}

/** "MEP X": a title that names its body (the European Parliament) makes X a member of it. */
function impliedMembership(env: RoleEnv, person: ActorRef, title: string): void {
  const implied = impliedBody(env.ctx, title);
  if (implied)
    emitRole(env, {
      type: 'MEMBER_OF',
      source: person,
      target: implied,
      confidence: strength('implied-body'),
    });
}

function personRoles(env: RoleEnv, unit: Unit, person: ActorRef, u: number): void {
  const { view } = env;
  const mention = unit.mention;
  // "Mr Hale, MEP Ann Dove and party leader Rob Kent": a title right before another name is his.
  if (mention.role && titleOfAnother(env, unit, mention.role)) return;
  const envoy = envoyRole(env.cues, view, u) ?? envoyAfterName(env, mention);
  if (envoy === null) return;
  if (envoy)
    return emitRole(env, {
      type: 'REPRESENTS',
      source: person,
      target: envoy.state,
      confidence: strength('envoy'),
      role: envoy.title,
    });
  const role = mention.role
    ? completeRole(env, unit, u, widenRole(env, mention, mention.role))
    : (appositionRole(env, unit, u) ??
      possessiveApposition(env, u) ??
      possessedTitleBefore(env, u) ??
      describedTitleBefore(env, u) ??
      listTitle(env, u));
  const titleParty = mention.role ? partyBefore(env.ctx, mention.role.start) : undefined;
  if (titleParty && mention.role && mention.role.end <= mention.start) {
    emitRole(env, {
      type: 'MEMBER_OF',
      source: person,
      target: titleParty,
      confidence: strength('title-party'),
    });
  }
  if (mention.role) impliedMembership(env, person, mention.role.title);
  candidateMembership(env, person, u);
  if (role) {
    roleRelation(env, person, mention, role);
    // "X, director of Y and a fellow of Z": a second title in the same apposition.
    const second = conjunctTitle(env, u, role);
    if (second) roleRelation(env, person, mention, second);
    return;
  }
  const from = affiliation(env, u);
  // "X, of the Social Democratic Party": a politician in a party is its member.
  const partyMember = from && organizationKind(env.ctx.entities.get(from.id)) === 'party';
  if (from)
    emitRole(env, {
      type: partyMember ? 'MEMBER_OF' : 'REPRESENTS',
      source: person,
      target: from,
      confidence: strength('affiliation'),
    });
  const modifier = view.units[u - 1];
  // "Conservative Thomas Reid": a party's name right before a person's.
  const party =
    organizationKind(env.ctx.entities.get(modifier?.mention.entityId ?? '')) === 'party';
  if (modifier?.actor && party && /^\s+$/.test(gap(view, modifier.end, unit.start))) {
    emitRole(env, {
      type: 'MEMBER_OF',
      source: person,
      target: modifier.actor,
      confidence: strength('party-before-name'),
    });
  }
}

/** A title before its name gets its missing words ("Trade Representative"). */
function widenRole(env: RoleEnv, mention: Mention, cue: RoleCue): RoleCue {
  const role = withCoPrefix(env.ctx.analysis.text, cue);
  if (role.end > mention.start) return role;
  const wide = widenTitle(env.ctx, env.cues, env.view, role);
  // With a holder already given, only modifiers may join ("Turkish presidential spokesman"), so
  // "Brazil's democracy leader" keeps its distance from Brazil.
  if (role.of === undefined || modifiersOnly(env.cues, wide.title, role.title)) return wide;
  return role;
}

function roleRelation(env: RoleEnv, person: ActorRef, mention: Mention, cue: RoleCue): void {
  const text = env.ctx.analysis.text;
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const holderAt = (at: number): boolean =>
    mentions.some((m) => m.start === at && m.entityId === cue.of);
  const read = readTitle(env.cues, text, mention, cue, holderAt);
  if (read === undefined) return;
  const { role, sense } = read;
  const titleStart = Math.min(role.start, mention.start);
  if (blockedBefore(text, role.start) || blockedBefore(text, titleStart)) return;
  const holder =
    stateOfficeHolder(env, mention, sense, resolveHolder(env, mention, role, sense)) ??
    demonymHolder(env, mention, role);
  if (holder === undefined || organizationTitleOfState(sense, holder.actor, role.title.trim()))
    return;
  const written = text.slice(role.start, role.end);
  if (partyHasNoSuchOffice(env.ctx, holder.actor, { written, expanded: role.title }))
    return emitRole(env, {
      type: 'MEMBER_OF',
      source: person,
      target: holder.actor,
      confidence: strength('title-party'),
    });
  const title = role.title.trim();
  const branch =
    holder.actor.type === 'Organization' && headsABranch(env.ctx, env.view.sentence.index, role);
  const demoted =
    holder.demoted || headsAPart(title) || branch || foreignHeadTitle(sense, holder.actor);
  // "Bank of Japan Governor X" heads the bank; "X, a governor of the bank" is one of several.
  const promoted =
    sense.kind === 'represents' &&
    !INDEFINITE_BEFORE.test(text.slice(Math.max(0, role.start - 4), role.start)) &&
    headsByName(title, env.ctx.entities.get(holder.actor.id));
  const kind = demoted && sense.kind === 'leads' ? 'represents' : promoted ? 'leads' : sense.kind;
  // A member of something that is not an organization (a state's member) represents it.
  const type =
    kind === 'leads'
      ? 'LEADS'
      : kind === 'member' && holder.actor.type === 'Organization'
        ? 'MEMBER_OF'
        : 'REPRESENTS';
  emitRole(env, {
    type,
    source: person,
    target: holder.actor,
    confidence: holder.confidence,
    ...(type === 'MEMBER_OF' ? {} : { role: title }),
  });
}

/** "Palestinian chief negotiator X": the organization a people's adjective before the title opens. */
function demonymHolder(env: RoleEnv, mention: Mention, role: RoleCue): ResolvedHolder | undefined {
  if (role.of !== undefined || role.start >= mention.start) return undefined;
  const body = demonymBody(env.ctx, role);
  return body ? { actor: body, confidence: strength('demonym-body'), demoted: false } : undefined;
}

/** Whether a title after the person's name stands right before another person's name. */
function titleOfAnother(env: RoleEnv, unit: Unit, role: RoleCue): boolean {
  if (role.start < unit.mention.end) return false;
  const text = env.ctx.analysis.text;
  return (env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []).some(
    (other) =>
      other.type === 'Person' &&
      other.entityId !== unit.mention.entityId &&
      other.start >= role.end &&
      /^\s*$/.test(text.slice(role.end, other.start)),
  );
}
