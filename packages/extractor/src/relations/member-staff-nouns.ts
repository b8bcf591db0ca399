import type { Mention } from '../types.js';
import { emitMembership, type RoleEnv } from './title-env.js';
import { NOT_MEMBER_NOUNS, isMemberBody } from './member-bodies.js';
import { FORMER, MEMBERSHIP_NOUNS, STAFF_NOUNS } from './membership-people.js';
import { strength } from './confidence.js';

// "[Org] engineer X", "[Org]'s senior researchers X and Y", "Siemens' engineer X" (a name ending
// in s takes the bare apostrophe): at most one word before the noun.
const ORG_NOUN_PERSON = /^(?:['’]s?)?\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)\s+$/u;
// "X, a [Org] engineer".
const PERSON_A = /^,\s+(?:a|an)\s+$/u;
const AFTER_ORG_NOUN = /^\s+(?:(\p{Ll}[\p{Ll}-]*)\s+)?(\p{Ll}[\p{Ll}-]*)(?![\p{L}-])/u;
// Between two people of one list: "X, Y and Z".
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

interface NounRead {
  noun: string;
  plural: boolean;
}

/**
 * People named with a noun for those who work for or play in an organization: "Siemens engineer
 * X", "X, a Greenpeace activist", and in the plural every person of the list after it: "Bayern
 * strikers X and Y", "Amnesty researchers X, Y and Z". Only for a body of people
 * (`isMemberBody`); "former" before the organization or a non-member word ("rival") gives nothing.
 */
export function staffNounMembers(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((org, i) => {
    if (org.type !== 'Organization' || !isMemberBody(env.ctx, org.entityId)) return;
    if (FORMER.test(text.slice(Math.max(0, org.start - 20), org.start))) return;
    nounBefore(env, mentions, i);
    const prev = mentions[i - 1];
    if (prev?.type !== 'Person' || !PERSON_A.test(text.slice(prev.end, org.start))) return;
    const after = read(AFTER_ORG_NOUN.exec(text.slice(org.end)));
    if (after && !after.plural && STAFF_NOUNS.has(after.noun)) member(env, prev, org);
  });
}

/** "[Org] engineer X", "[Org] strikers X and Y": the organization at `i`, a noun, people. */
function nounBefore(env: RoleEnv, mentions: readonly Mention[], i: number): void {
  const text = env.ctx.analysis.text;
  const org = mentions[i];
  const next = mentions[i + 1];
  if (org === undefined || next?.type !== 'Person') return;
  const before = read(ORG_NOUN_PERSON.exec(text.slice(org.end, next.start)));
  if (!before || (!before.plural && !STAFF_NOUNS.has(before.noun))) return;
  const people = before.plural ? listed(mentions, i + 1, text) : [next];
  people.forEach((person) => member(env, person, org));
}

/** The noun a match names, singular, when it is a membership or staff noun. */
function read(match: RegExpExecArray | null): NounRead | undefined {
  if (match === null) return undefined;
  const [, modifier, word = ''] = match;
  if (modifier !== undefined && NOT_MEMBER_NOUNS.has(modifier)) return undefined;
  const known = (w: string): boolean => MEMBERSHIP_NOUNS.has(w) || STAFF_NOUNS.has(w);
  if (known(word)) return { noun: word, plural: false };
  const singular = [word.replace(/es$/u, ''), word.replace(/s$/u, '')].find(
    (w) => w !== word && known(w),
  );
  return singular === undefined ? undefined : { noun: singular, plural: true };
}

/** The person at `from` and the people listed right after it. */
function listed(mentions: readonly Mention[], from: number, text: string): Mention[] {
  const people: Mention[] = [];
  for (let j = from; j < mentions.length; j++) {
    const m = mentions[j];
    const prev = people.at(-1);
    if (m?.type !== 'Person') break;
    if (prev && !LIST_GAP.test(text.slice(prev.end, m.start))) break;
    people.push(m);
  }
  return people;
}

function member(env: RoleEnv, person: Mention, org: Mention): void {
  emitMembership(env, person, org, strength('membership-people'));
}
