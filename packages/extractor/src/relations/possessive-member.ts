import type { Mention } from '../types.js';
import { isJoinedBody } from './member-bodies.js';
import { organizationKind } from './title-generic.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { strength } from './confidence.js';

/** Nothing but a possessive between the organization and the person: "Siemens's Tom Keller". */
const POSSESSIVE_GAP = /^['’]s?\s+$/u;

/**
 * "Siemens's Tom Keller", "Leeds United's Ivo Marsh": an organization's possessive right before
 * a person's name ties the person to it. A party's or a club's person is its member, and so is a
 * media outlet's ("the BBC's Ann Hale reported"): a reporter writes for it without speaking for
 * it. Anyone else named this way speaks for the organization (REPRESENTS, as "Tom Keller of
 * Siemens" does). A state's government body is left to the title rules, which give its people to
 * the state.
 */
export function possessiveMembers(env: RoleEnv): void {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const text = env.ctx.analysis.text;
  mentions.forEach((person, i) => {
    const org = mentions[i - 1];
    if (person.type !== 'Person' || person.role || org === undefined) return;
    if (!POSSESSIVE_GAP.test(text.slice(org.end, person.start))) return;
    possessed(env, org, person);
  });
}

function possessed(env: RoleEnv, org: Mention, person: Mention): void {
  const entity = env.ctx.entities.get(org.entityId);
  const source = env.ctx.actor(person.entityId);
  if (entity?.type !== 'Organization' || source === undefined) return;
  if (env.ctx.isGovernmentBody(entity.id)) return;
  emitRole(env, {
    type:
      isJoinedBody(env.ctx, entity.id) || organizationKind(entity) === 'media'
        ? 'MEMBER_OF'
        : 'REPRESENTS',
    source,
    target: { id: entity.id, type: 'Organization' },
    confidence: strength('possessive-member'),
  });
}
