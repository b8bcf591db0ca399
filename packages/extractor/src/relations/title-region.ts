import type { Mention, RoleCue } from '../types.js';
import type { ActorRef } from './article-context.js';
import { isStateBody } from './member-bodies.js';
import { isEnvoyTitle } from './title-generic.js';
import { gap, type RoleEnv } from './title-env.js';

/** Only spaces between the place and the title. */
const ADJACENT = /^[ \t]+$/u;
/** An organization's possessive, then spaces: "the UN's ", "Reporters Without Borders' ". */
const POSSESSIVE = /^['’]s?[ \t]+$/u;
/** A state's possessive or its bare name or adjective: "Britain's ", "British ". */
const SENDER_GAP = /^(?:['’]s)?[ \t]+$/u;

/** The two names right before a title, nearest last, each with the words after it. */
function namesBefore(env: RoleEnv, role: RoleCue): [Mention, Mention] | undefined {
  const mentions = env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? [];
  const at = mentions.findLastIndex((m) => m.end <= role.start);
  const near = mentions[at];
  const far = mentions[at - 1];
  if (near === undefined || far === undefined) return undefined;
  return ADJACENT.test(gap(env.view, near.end, role.start)) ? [far, near] : undefined;
}

/**
 * "the UN's Syria envoy X", "Amnesty's Asia director, X": a place between an organization's
 * possessive and the title names the post's region or subject; the organization holds the post.
 * The mention of the organization, or undefined when the words before the title are not so.
 */
export function regionalOwner(env: RoleEnv, mention: Mention, role: RoleCue): Mention | undefined {
  if (role.start >= mention.start) return undefined;
  const [owner, place] = namesBefore(env, role) ?? [];
  if (owner === undefined || place === undefined) return undefined;
  if (place.type !== 'State' && place.type !== 'Location') return undefined;
  if (owner.type !== 'Organization' || !POSSESSIVE.test(gap(env.view, owner.end, place.start)))
    return undefined;
  return owner;
}

/**
 * "Britain's UN ambassador X", "the German NATO envoy X": an envoy's title after a body of states
 * names where he is sent; the state before the body sends him, and he speaks for it.
 */
export function postedSender(env: RoleEnv, mention: Mention, role: RoleCue): ActorRef | undefined {
  if (role.start >= mention.start || !isEnvoyTitle(role.title)) return undefined;
  const [sender, body] = namesBefore(env, role) ?? [];
  if (sender === undefined || body === undefined) return undefined;
  if (body.type !== 'Organization' || !isStateBody(env.ctx, body.entityId)) return undefined;
  if (!SENDER_GAP.test(gap(env.view, sender.end, body.start))) return undefined;
  const actor = env.ctx.actor(sender.entityId);
  return actor?.type === 'State' ? actor : undefined;
}
