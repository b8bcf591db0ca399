import type { RoleCue } from '../types.js';
import type { CompiledCues } from './cue-lexicon.js';
import { gap, type RoleEnv } from './title-env.js';

const patterns = new WeakMap<CompiledCues, RegExp>();

// "[holder]'s <up to three words> <title>, " right before the person's name.
function titleBeforeName(cues: CompiledCues): RegExp {
  let pattern = patterns.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(
      `^['’]s?\\s+((?:[\\p{L}-]+\\s+){0,3}?(?:${cues.titleAlternation})),\\s+$`,
      'iu',
    );
    patterns.set(cues, pattern);
  }
  return pattern;
}

/**
 * "Siemens's new chief executive, X, said": a title the state or organization right before it
 * owns, then a comma and the person it names. The entity stage reads only some titles there
 * ("Britain's foreign minister, X"); this reads every title of the cue lexicon.
 */
export function possessedTitleBefore(env: RoleEnv, u: number): RoleCue | undefined {
  const { view } = env;
  const person = view.units[u];
  const holder = view.units[u - 1];
  if (person === undefined || holder?.actor === undefined) return undefined;
  if (holder.actor.type !== 'State' && holder.actor.type !== 'Organization') return undefined;
  // Only a possessive can open it: skip the pattern for anything else.
  const first = view.sentenceText.charAt(holder.end - view.sentence.start);
  if (first !== "'" && first !== '’') return undefined;
  const between = gap(view, holder.end, person.start);
  const title = titleBeforeName(env.cues).exec(between)?.[1];
  if (title === undefined) return undefined;
  const start = holder.end + between.indexOf(title);
  return { title, start, end: start + title.length, of: holder.mention.entityId };
}
