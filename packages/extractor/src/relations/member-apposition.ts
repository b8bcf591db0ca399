import type { Mention } from '../types.js';
import { emitMembership, type RoleEnv } from './title-env.js';
import { NOT_MEMBER_NOUNS, POSSESSED_BODIES, isJoinedBody, isMemberBody } from './member-bodies.js';
import { blankedGap, modifiesNoun } from './staff-affiliation.js';
import { strength } from './confidence.js';
import { organizationKind } from './title-generic.js';
import { phraseWords } from './phrase-words.js';
import { PREPOSITIONS, TENSE_AUXILIARIES } from './word-classes.js';

// "X, the manager of the Y", "X, editor of daily newspaper Y", "X, a fellow at Y", "X, of the Y":
// up to eight words of description, a preposition, then up to three words before the name.
const APPOSITION =
  /^(?:,\s+(?:(?:a|an|the)\s+)?|\s+is\s+(?:a|an|the)\s+)((?:[\p{L}'’-]+\s+){0,8}?)(?:of|at|with|from|for)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$/u;
// "X's club Y", "X's new party Y".
const POSSESSIVE = /^['’]s?\s+(?:new\s+)?(\p{Ll}+)\s+$/u;
// "X's conservative CDU (party)", "X, whose Y": a possessive, at most two words, then a party.
const POSSESSIVE_PARTY = /^(?:['’]s?|,\s+whose)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})$/u;
// "X (CDU)", "X (Bayern Munich)": a party or club in brackets right after the name.
const BRACKET_OPEN = /^\s*\(\s*$/u;
const BRACKET_CLOSE = /^\s*\)/u;
// A clause or a participle is no description of the person: "X, who spoke at Y", "X, speaking at Y".
// A preposition of place, time or dealings is no description either: "X, in talks with Y"; "in"
// after the description's noun is its field ("X, an expert in arms control at Y").
const CLAUSE_WORD =
  /^(?:who|whom|which|that|or|but|to|into|over|against|about|after|before|under|between|among|without|by|like|\p{Ll}+ing|\p{Ll}+ed)$/u;

/**
 * People described as belonging to a body of people without a title the role rules read: "X,
 * the manager of the Y Project", "X, a marine biologist with Y", "X, of the Y party", "X's club
 * Y", "X's conservative CDU party", "X (CDU)". The body must be a party, club, company, NGO or the like (`isMemberBody`); a bare "X, of Y"
 * only for a party or club, a description that makes no member ("a critic of", "a lawyer for",
 * "former") or a name that only modifies a noun after it ("at the Siemens plant") gives nothing.
 */
export function memberAppositions(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    if (person.type !== 'Person') return;
    // "X, an expert on Xinjiang at Y": a state or place on the way is part of the description.
    const org = bodyAfter(mentions, i);
    if (org?.type !== 'Organization' || !isMemberBody(env.ctx, org.entityId)) return;
    const after = kindNounSkipped(env, text.slice(org.end));
    if (/^['’]/u.test(after) || modifiesNoun(env, after)) return;
    const gap = statesBlanked(text.slice(person.end, org.start), mentions, person, org);
    if (describedMember(env, gap, org) || possessedBody(gap) || ownBody(env, gap, org, after))
      member(env, person, org);
    else if (
      BRACKET_OPEN.test(gap) &&
      BRACKET_CLOSE.test(after) &&
      isJoinedBody(env.ctx, org.entityId)
    )
      member(env, person, org);
  });
}

/** The first mention after the `i`th that is no state or place, without copying the list. */
function bodyAfter(mentions: readonly Mention[], i: number): Mention | undefined {
  for (let k = i + 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m !== undefined && m.type !== 'State' && m.type !== 'Location') return m;
  }
  return undefined;
}

function describedMember(env: RoleEnv, gap: string, org: Mention): boolean {
  const match = APPOSITION.exec(gap);
  if (match === null || /,/.test(gap.slice(1))) return false;
  if (/\p{Lu}/u.test(gap.replace(/\p{Lu}[\p{L}-]*-based\b/gu, ''))) return false;
  const words = (match[1] ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return isJoinedBody(env.ctx, org.entityId);
  if (words[0] === 'in') return false;
  return !gap
    .toLowerCase()
    .replace(/\bin[\s-]+chief\b/gu, 'chief')
    .replace(/-based\b/gu, '')
    .split(/[^\p{L}]+/u)
    .some((w) => NOT_MEMBER_NOUNS.has(w) || CLAUSE_WORD.test(w));
}

function possessedBody(gap: string): boolean {
  const noun = POSSESSIVE.exec(gap)?.[1];
  return noun !== undefined && POSSESSED_BODIES.has(noun);
}

/** After "the CCOO trade union", "the X party": the text after the kind noun that ends the name. */
function kindNounSkipped(env: RoleEnv, after: string): string {
  const kinds = env.cues.context.organizationKinds;
  for (const re of [/^\s+(\p{Ll}+)\b/u, /^\s+\p{Ll}+\s+(\p{Ll}+)\b/u]) {
    const match = re.exec(after);
    if (match?.[1] !== undefined && kinds.has(match[1])) return after.slice(match[0].length);
  }
  return after;
}

/**
 * "Merkel's conservative CDU", "Klopp's Dortmund beat Y": a person's possessive before a party,
 * a club or a team makes him its member (its leader, coach or player). A club's name must end
 * its phrase before a verb in the past, an auxiliary or a preposition: "X's Dortmund fans" and
 * "X's Dortmund tickets" name things of the club, not X's place in it.
 */
function ownBody(env: RoleEnv, gap: string, org: Mention, after: string): boolean {
  const words = POSSESSIVE_PARTY.exec(gap)?.[1]?.trim().split(/\s+/).filter(Boolean);
  if (words === undefined || words.some((w) => NOT_MEMBER_NOUNS.has(w))) return false;
  if (!isJoinedBody(env.ctx, org.entityId)) return false;
  if (organizationKind(env.ctx.entities.get(org.entityId)) === 'party') return true;
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  return (
    next === undefined ||
    next.endsWith('ed') ||
    TENSE_AUXILIARIES.has(next) ||
    PREPOSITIONS.has(next) ||
    phraseWords().irregularPasts.has(next)
  );
}

/** The gap with the states and places in it ("the US think-tank") as a lower-case word. */
function statesBlanked(
  gap: string,
  mentions: readonly Mention[],
  person: Mention,
  org: Mention,
): string {
  const blanked = blankedGap(gap, mentions, person, org);
  return blanked.onlyPlaces ? blanked.text : 'X';
}

function member(env: RoleEnv, person: Mention, org: Mention): void {
  emitMembership(env, person, org, strength('staff-affiliation'));
}
