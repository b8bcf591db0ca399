import type { RoleCue } from '../types.js';
import type { CompiledCues } from './cue-lexicon.js';
import { gap, type RoleEnv } from './title-env.js';
import { ofAfterName } from './title-possessive.js';

const patterns = new WeakMap<CompiledCues, RegExp>();

// A plural title right before the list: "Presidents", "Foreign Ministers".
function pluralTitle(cues: CompiledCues): RegExp {
  let pattern = patterns.get(cues);
  if (pattern === undefined) {
    // Items the entity stage missed may come first: "Presidents Dilma Rousseff of Brazil, X of Y".
    const item = `[\\p{Lu}][^,.;]{1,40}?\\s+of\\s+[\\p{Lu}][^,.;]{1,30}?(?:,\\s+|,?\\s+and\\s+)`;
    pattern = new RegExp(
      `((?:[\\p{L}-]+\\s+)?(?:${cues.titleAlternation}))s\\s+(?:${item}){0,4}$`,
      'iu',
    );
    patterns.set(cues, pattern);
  }
  return pattern;
}

const LIST_GAP = /^\s*(?:,|,?\s+and)\s+$/;

/**
 * "Presidents X of Brazil, Y of Russia and Z of Chile": a plural title before a list of "name of
 * holder" items gives each person the title and his own holder.
 */
export function listTitle(env: RoleEnv, u: number): RoleCue | undefined {
  const { view } = env;
  const units = view.units;
  const of = ofAfterName(env, u, units);
  if (of === undefined) return undefined;
  let first = u;
  for (;;) {
    const person = units[first - 2];
    const holder = units[first - 1];
    const current = units[first];
    if (!person || !holder || !current || person.mention.type !== 'Person') break;
    if (!LIST_GAP.test(gap(view, holder.end, current.start))) break;
    if (ofAfterName(env, first - 2, units) !== holder.mention.entityId) break;
    first -= 2;
  }
  const start = units[first]?.start ?? view.sentence.start;
  const before = gap(view, view.sentence.start, start);
  const match = pluralTitle(env.cues).exec(before);
  const title = match?.[1];
  if (match === null || title === undefined) return undefined;
  const at = view.sentence.start + match.index;
  return { title, start: at, end: at + title.length, of };
}
