import type { Mention } from '../types.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { SPORT_NOUNS } from './membership-people.js';
import { CLUB_KINDS } from './preceding-club.js';
import { organizationKind } from './title-generic.js';
import { strength } from './confidence.js';
import { pronounAntecedent } from './pronoun-antecedent.js';
import type { ActorRef } from './article-context.js';

// Right before a side: "as a player with", "as coach of", "as a young striker at the".
const AS_ROLE =
  /\b[Aa]s\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]*)\s+(?:with|at|for|of)\s+(?:the\s+)?$/u;
// "As a player with Y, X won ...", "As a coach with Y in 2009, X ...": the fronted phrase's subject.
const FRONTED_GAP = /^(?:\s+(?:in|from|until|between)\s+[\d\s–-]+(?:and\s+\d+\s*)?)?,\s+$/u;
// "X spent six years as a player with Y", "X, who served as coach of Y": the clause's subject.
const SUBJECT_GAP =
  /^,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:spent|served|worked|began|started|was)\b[^,.;:"“”]{0,40}$/u;
const FORMER = /\b(?:former|ex)[\s-]+$/u;
// "... and as a coach with Y he reached the final": a pronoun subject right after the phrase.
const PRONOUN_AFTER = /^(?:\s+(?:in|from|until|between)\s+[\d\s–-]+)?,?\s+(he|she)\s/u;

/**
 * "As a player with Y, X won the cup", "X spent six years as a coach at Y": a player's or
 * coach's noun after "as", right before a sports side, makes the subject of the clause its
 * member (DWIE files player_of and coach_of under member_of; GUIDELINES: a coach belongs to the
 * club's staff). Past spells count, as "X, who played for Y" does; "as a former player" does not.
 */
export function asSportRoles(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((side, i) => {
    if (!CLUB_KINDS.has(organizationKind(env.ctx.entities.get(side.entityId)) ?? '')) return;
    const from = Math.max(mentions[i - 1]?.end ?? 0, env.view.sentence.start);
    const lead = text.slice(from, side.start);
    // "as" first: the regular expression scans the whole lead.
    const match = lead.includes('as') || lead.includes('As') ? AS_ROLE.exec(lead) : null;
    if (match === null || !SPORT_NOUNS.has(match[1] ?? '')) return;
    if (FORMER.test(lead.slice(0, match.index + match[0].indexOf(match[1] ?? '')))) return;
    const next = mentions[i + 1];
    const prev = mentions[i - 1];
    if (next?.type === 'Person' && FRONTED_GAP.test(text.slice(side.end, next.start)))
      member(env, env.ctx.actor(next.entityId), side);
    else if (prev?.type === 'Person' && SUBJECT_GAP.test(lead.slice(0, match.index)))
      member(env, env.ctx.actor(prev.entityId), side);
    else {
      const pronoun = PRONOUN_AFTER.exec(text.slice(side.end, side.end + 40))?.[1];
      if (pronoun !== undefined) member(env, heOrShe(env, mentions, side, pronoun), side);
    }
  });
}

/**
 * "X won the cup in 1990, and as a coach with Y he reached the final": the pronoun is the one
 * person the sentence names before the phrase, or, when it names none, the one the sentences
 * before give it (pronounAntecedent). Nothing when the sentence names two people before it.
 */
function heOrShe(
  env: RoleEnv,
  mentions: readonly Mention[],
  side: Mention,
  pronoun: string,
): ActorRef | undefined {
  const people = new Set<string>();
  for (const m of mentions) if (m.type === 'Person' && m.end <= side.start) people.add(m.entityId);
  const [only] = people;
  if (people.size > 1) return undefined;
  if (only !== undefined) return env.ctx.actor(only);
  return pronounAntecedent(env.ctx, env.view.sentence.index, pronoun, false);
}

function member(env: RoleEnv, source: ActorRef | undefined, side: Mention): void {
  if (source === undefined) return;
  emitRole(env, {
    type: 'MEMBER_OF',
    source,
    target: { id: side.entityId, type: 'Organization' },
    confidence: strength('membership-people'),
  });
}
