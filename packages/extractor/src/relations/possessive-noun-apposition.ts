import type { Mention } from '../types.js';
import { emitMembership, type RoleEnv } from './title-env.js';
import { NOT_MEMBER_NOUNS, isMemberBody } from './member-bodies.js';
import { FORMER, MEMBERSHIP_NOUNS, STAFF_NOUNS } from './membership-people.js';
import { organizationKind } from './title-generic.js';
import { isBlocked } from './title-sense.js';
import { strength } from './confidence.js';

// "Y's captain, X": the organization's possessive (or Y as a modifier), one modifier, the noun,
// then a comma and the person in apposition.
const ORG_NOUN_COMMA = /^(?:['’]s?)?\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)\s*,\s+$/u;
// "X, Y's captain": a comma, an optional "the", then the organization.
const PERSON_COMMA = /^,\s+(?:the\s+)?$/u;
// "the" right before the organization.
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;
// After the organization: its possessive, one modifier, the noun, and no name right after it.
const POSSESSED_NOUN = /^['’]s?\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)(?![\p{L}-])/u;

/**
 * MEMBER_OF from a membership or staff noun that an organization's possessive ties to a person
 * in apposition: "Y's captain, X, said", "X, Y's striker, scored", "X, the Y's economist". A
 * sport or party noun ("captain", "politician") needs an organization that is no state body;
 * a staff noun ("analyst", "economist") a body of people (`isMemberBody`). "former" before Y,
 * a blocker ("former", "would-be") or a non-member word ("rival", "opposing") as the modifier
 * gives nothing: "X, Y's former coach", "Y's rival captain, X".
 */
export function possessiveNounAppositions(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((org, i) => {
    if (org.type !== 'Organization') return;
    if (FORMER.test(text.slice(Math.max(0, org.start - 20), org.start))) return;
    const next = mentions[i + 1];
    if (next?.type === 'Person') {
      const noun = ORG_NOUN_COMMA.exec(text.slice(org.end, next.start));
      // "an NBC pilot, Rex Is Not Your Lawyer": without a possessive, only "the Y coach, X"
      // names one holder; an indefinite noun phrase may be followed by anything.
      const definite =
        /^['’]/u.test(noun?.[0] ?? '') ||
        THE_BEFORE.test(text.slice(Math.max(0, org.start - 8), org.start));
      if (noun && definite && belongs(env, org, noun)) member(env, next, org);
    }
    const prev = mentions[i - 1];
    if (prev?.type !== 'Person' || !PERSON_COMMA.test(text.slice(prev.end, org.start))) return;
    const noun = POSSESSED_NOUN.exec(text.slice(org.end));
    // "X, Y's captain Z and ...": the noun is Z's title, X only one of a list.
    if (noun === null || nameAfter(mentions, i, org.end + noun[0].length, text)) return;
    if (belongs(env, org, noun)) member(env, prev, org);
  });
}

/** Whether the noun makes its person a member of `org`, given its modifier. */
function belongs(env: RoleEnv, org: Mention, match: RegExpExecArray): boolean {
  const [, modifier, noun = ''] = match;
  if (modifier !== undefined && (NOT_MEMBER_NOUNS.has(modifier) || isBlocked(env.cues, modifier)))
    return false;
  if (STAFF_NOUNS.has(noun)) return isMemberBody(env.ctx, org.entityId);
  if (!MEMBERSHIP_NOUNS.has(noun)) return false;
  const entity = env.ctx.entities.get(org.entityId);
  return (
    entity !== undefined &&
    !env.ctx.isGovernmentBody(entity.id) &&
    organizationKind(entity) !== 'igo'
  );
}

/** A mention right after `at` (spaces only between), after the organization at `i`. */
function nameAfter(mentions: readonly Mention[], i: number, at: number, text: string): boolean {
  const after = mentions[i + 1];
  return after !== undefined && after.start >= at && /^\s*$/u.test(text.slice(at, after.start));
}

function member(env: RoleEnv, person: Mention, org: Mention): void {
  emitMembership(env, person, org, strength('membership-people'));
}
