import type { Mention } from '../types.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';
import { strength } from './confidence.js';

// "members of the Y", "Y members": the organization named as the group the list comes from.
const MEMBERS_OF_BEFORE = /\bmembers\s+of\s+(?:the\s+)?$/iu;
// ", including X", " such as X", ", among them X".
const INCLUDING = /^,?\s+(?:including|such\s+as|among\s+them)\s+$/iu;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/u;

/**
 * "members of Amnesty International, including Tom Keller and Ann Roux": each person listed
 * belongs to the organization. A state's people are no members of it (they serve it).
 */
export function listedMembers(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((org, i) => {
    if (org.type !== 'Organization') return;
    const before = text.slice(Math.max(0, org.start - 30), org.start);
    // "of" (in any case) first: the case-blind regular expression is slow and mostly fails.
    if (!before.toLowerCase().includes('of') || !MEMBERS_OF_BEFORE.test(before)) return;
    const first = mentions[i + 1];
    if (first === undefined || !INCLUDING.test(text.slice(org.end, first.start))) return;
    for (const person of listFrom(mentions, i + 1, text)) member(env, person, org);
  });
}

function listFrom(mentions: readonly Mention[], from: number, text: string): Mention[] {
  const out: Mention[] = [];
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k];
    if (m?.type !== 'Person') break;
    out.push(m);
    const next = mentions[k + 1];
    if (next === undefined || !LIST_GAP.test(text.slice(m.end, next.start))) break;
  }
  return out;
}

function member(env: RoleEnv, person: Mention, org: Mention): void {
  const entity = env.ctx.entities.get(org.entityId);
  const source = env.ctx.actor(person.entityId);
  if (entity?.type !== 'Organization' || source === undefined) return;
  const kind = organizationKind(entity);
  if (env.ctx.isGovernmentBody(entity.id) || kind === 'igo' || kind === 'un') return;
  emitRole(env, {
    type: 'MEMBER_OF',
    source,
    target: { id: entity.id, type: 'Organization' },
    confidence: strength('list-member'),
  });
}
