import type { Mention } from '../types.js';
import { phraseWords } from './phrase-words.js';
import { NOT_MEMBER_NOUNS, isJoinedBody, isMemberBody } from './member-bodies.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { classifyTitle } from './title-sense.js';
import { PREPOSITIONS } from './word-classes.js';
import { strength } from './confidence.js';

// "X, a Haiti expert at Y", "X, an analyst with Y": a described person, then where he works.
const DESCRIBED_AT = /^,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,4}(?:at|with)\s+(?:the\s+)?$/u;
// "X of the German travel agency Y", "X from the think-tank Y": the body's kind before its name.
const OF_DESCRIBED = /^,?\s+(?:of|from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,4}$/u;

/**
 * People tied to an organization by a description rather than a title. "X, a young activist with
 * the Y party" and "X, an analyst at Y" (a company, NGO or think tank) belong to it (MEMBER_OF)
 * without speaking for it: an expert quoted in the news speaks for himself. "X of the US
 * think-tank Y" speaks for it as "X of Y" does. Only lower-case words and state names may stand
 * between the two names; a state's body gives nothing.
 */
export function staffAffiliations(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    // A title the role rules read ("X, a spokesman at Y") is theirs; "expert" is no title.
    if (person.type !== 'Person' || (person.role && classifyTitle(env.cues, person.role.title)))
      return;
    const org = firstNonState(mentions, i);
    if (org?.type !== 'Organization' || !onlyStatesBetween(mentions, person, org)) return;
    if (modifiesNoun(env, text.slice(org.end))) return;
    const gap = text.slice(person.end, org.start);
    // Capitalised words in the gap all inside mentions ("the US think-tank").
    if (/\p{Lu}/u.test(blankedGap(gap, mentions, person, org).text)) return;
    if (DESCRIBED_AT.test(gap) && !describesNonMember(gap)) affiliate(env, person, org, 'member');
    else if (OF_DESCRIBED.test(gap) && !/,/.test(gap.slice(1)))
      affiliate(env, person, org, 'staff');
  });
}

/** "at the Siemens plant": the name only modifies a noun after it. */
export function modifiesNoun(env: RoleEnv, after: string): boolean {
  const next = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  const words = phraseWords();
  // "Y lost", "Y won": an irregular past ends the phrase as "Y admitted" does.
  if (next === undefined || PREPOSITIONS.has(next) || words.clauseWords.has(next)) return false;
  if (words.irregularPasts.has(next)) return false;
  // A verb after the name ends the phrase: "Y spoke", "Y admitted", "Y says".
  return !env.cues.context.speechVerbs.has(next) && !/(?:ed|[^s]s)$/u.test(next);
}

/** "X, a former analyst at Y", "X, a lawyer at Y": no member of Y now, or not of Y's people. */
function describesNonMember(gap: string): boolean {
  return gap
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => NOT_MEMBER_NOUNS.has(w));
}

/** The first mention after the `i`th that is no state, without copying the list. */
function firstNonState(mentions: readonly Mention[], i: number): Mention | undefined {
  for (let k = i + 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m !== undefined && m.type !== 'State') return m;
  }
  return undefined;
}

function onlyStatesBetween(mentions: readonly Mention[], person: Mention, org: Mention): boolean {
  return mentions.every((m) => m.end <= person.end || m.start >= org.start || m.type === 'State');
}

/**
 * The gap between a person and an organization with every mention inside it written "state"
 * ("the US think-tank" → "the state think-tank"), and whether those mentions are all states or
 * places.
 */
export function blankedGap(
  gap: string,
  mentions: readonly Mention[],
  person: Mention,
  org: Mention,
): { text: string; onlyPlaces: boolean } {
  let text = gap;
  let onlyPlaces = true;
  for (const m of mentions) {
    if (m.start < person.end || m.end > org.start) continue;
    if (m.type !== 'State' && m.type !== 'Location') onlyPlaces = false;
    text = text.replace(m.text, 'state');
  }
  return { text, onlyPlaces };
}

function affiliate(env: RoleEnv, person: Mention, org: Mention, how: 'member' | 'staff'): void {
  const entity = env.ctx.entities.get(org.entityId);
  const source = env.ctx.actor(person.entityId);
  if (entity?.type !== 'Organization' || source === undefined) return;
  if (env.ctx.isGovernmentBody(entity.id)) return;
  if (how === 'member' && !isMemberBody(env.ctx, entity.id)) return;
  emitRole(env, {
    type: how === 'member' || isJoinedBody(env.ctx, entity.id) ? 'MEMBER_OF' : 'REPRESENTS',
    source,
    target: { id: entity.id, type: 'Organization' },
    confidence: strength('staff-affiliation'),
  });
}
