import type { Mention } from '../types.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { SPORT_NOUNS } from './membership-people.js';
import { CLUB_KINDS } from './preceding-club.js';
import { organizationKind } from './title-generic.js';
import { strength } from './confidence.js';

// Right before a side: "as a player with", "as coach of", "as a young striker at the".
const AS_ROLE =
  /\b[Aa]s\s+(?:an?\s+)?(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]*)\s+(?:with|at|for|of)\s+(?:the\s+)?$/u;
// "As a player with Y, X won ...", "As a coach with Y in 2009, X ...": the fronted phrase's subject.
const FRONTED_GAP = /^(?:\s+(?:in|from|until|between)\s+[\d\s–-]+(?:and\s+\d+\s*)?)?,\s+$/u;
// "X spent six years as a player with Y", "X, who served as coach of Y": the clause's subject.
const SUBJECT_GAP =
  /^,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:spent|served|worked|began|started|was)\b[^,.;:"“”]{0,40}$/u;
const FORMER = /\b(?:former|ex)[\s-]+$/u;

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
      member(env, next, side);
    else if (prev?.type === 'Person' && SUBJECT_GAP.test(lead.slice(0, match.index)))
      member(env, prev, side);
  });
}

function member(env: RoleEnv, person: Mention, side: Mention): void {
  const source = env.ctx.actor(person.entityId);
  if (source === undefined) return;
  emitRole(env, {
    type: 'MEMBER_OF',
    source,
    target: { id: side.entityId, type: 'Organization' },
    confidence: strength('membership-people'),
  });
}
