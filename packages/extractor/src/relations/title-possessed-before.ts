import type { RoleCue } from '../types.js';
import type { CompiledCues } from './cue-lexicon.js';
import { gap, type RoleEnv } from './title-env.js';
import type { Unit } from './sentence-view.js';
import { classifyTitle } from './title-sense.js';
import { fieldWords, knownTitleLength } from './title-portfolio.js';

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
  const first = view.sentenceText.charAt(holder.end - view.sentence.start);
  if (first !== "'" && first !== '’') return definiteTitleBefore(env, holder, person);
  const between = gap(view, holder.end, person.start);
  const title = titleBeforeName(env.cues).exec(between)?.[1];
  if (title === undefined) return undefined;
  const start = holder.end + between.indexOf(title);
  return { title, start, end: start + title.length, of: holder.mention.entityId };
}

const definite = new WeakMap<CompiledCues, RegExp>();

// "[holder] <up to two words> <title>, " right before the person's name.
function titleAfterHolder(cues: CompiledCues): RegExp {
  let pattern = definite.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(`^\\s+((?:[\\p{L}-]+\\s+){0,2}?(?:${cues.titleAlternation})),\\s+$`, 'iu');
    definite.set(cues, pattern);
  }
  return pattern;
}

/**
 * "The UK Foreign Minister, X, said", "The Siemens chief executive, X": "the", the holder and a
 * title, then a comma and the name. Words between the holder and the title's known end must be
 * portfolio words or title modifiers ("The British fisheries minister, X"), so "The German
 * opposition leader, X" holds nothing of Germany.
 */
function definiteTitleBefore(env: RoleEnv, holder: Unit, person: Unit): RoleCue | undefined {
  const { view } = env;
  const lead = gap(view, Math.max(view.sentence.start, holder.start - 6), holder.start);
  if (!/(?:^|[\s,;:(“"])the\s+$/iu.test(lead)) return undefined;
  const between = gap(view, holder.end, person.start);
  const title = titleAfterHolder(env.cues).exec(between)?.[1];
  if (title === undefined) return undefined;
  const sense = classifyTitle(env.cues, title);
  const known = knownTitleLength(env.cues, title);
  const field = title.slice(0, title.length - known);
  if (sense === undefined || (field.trim() !== '' && !fieldWords(env.cues, field)))
    return undefined;
  const start = holder.end + between.indexOf(title);
  return { title, start, end: start + title.length, of: holder.mention.entityId };
}
