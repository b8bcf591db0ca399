import type { Mention } from '../types.js';
import type { TitleSense } from './cue-lexicon.js';
import { defaultHolder } from './title-holder.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { organizationKind } from './title-generic.js';
import type { ResolvedHolder } from './title-resolve.js';
import { strength } from './confidence.js';
import { withProps } from '../with-props.js';

/**
 * "the PSD's interior minister, X", "leading Social Democrats, Finance Minister X": an office of a
 * state (a minister) named beside a party is the state's office, held by the party's member; a
 * party has no ministers of its own. The holder becomes the state the article is about (none when
 * unclear), and the party keeps the person as its member. Other holders pass unchanged.
 */
export function stateOfficeHolder(
  env: RoleEnv,
  mention: Mention,
  sense: TitleSense,
  holder: ResolvedHolder | undefined,
): ResolvedHolder | undefined {
  if (holder === undefined || sense.scope !== 'state') return holder;
  if (organizationKind(env.ctx.entities.get(holder.actor.id)) !== 'party') return holder;
  const person = env.ctx.actor(mention.entityId);
  if (person === undefined) return undefined;
  emitRole(env, {
    type: 'MEMBER_OF',
    source: person,
    target: holder.actor,
    confidence: strength('state-office-member'),
  });
  const state = defaultHolder(env.ctx, sense, mention.entityId, env.view.sentence.index, {
    titled: true,
  });
  return state ? withProps(state, { demoted: holder.demoted }) : undefined;
}
