import type { RoleCue } from '../types.js';
import type { CompiledCues } from './cue-lexicon.js';
import { holderAfter, partTitle } from './title-complete.js';
import { gap, type RoleEnv } from './title-env.js';
import { isBlocked } from './title-sense.js';
import { NOT_MEMBER_NOUNS } from './member-bodies.js';
import { PREPOSITIONS } from './word-classes.js';

/**
 * "X, director of Y and a fellow of Z": the second conjunct of a title apposition is a second
 * title of the same person, with its own body. `first` is the apposition's first title, read
 * after the name and held by the body right after it; the conjunct must follow that body at once
 * ("and a", "and the", "and also a"), so "X, head of Y, and Z's envoy" or "X, head of Y and Z"
 * give nothing here.
 */
export function conjunctTitle(env: RoleEnv, u: number, first: RoleCue): RoleCue | undefined {
  const { view } = env;
  const person = view.units[u];
  if (person === undefined || first.of === undefined || first.start < person.mention.end)
    return undefined;
  const k = view.units.findIndex(
    (unit, i) => i > u && unit.start >= first.end && unit.mention.entityId === first.of,
  );
  const body = view.units[k];
  if (body === undefined) return undefined;
  const rest = gap(view, body.end, view.sentence.end);
  const match = conjunctPattern(env.cues).exec(rest);
  const title = match?.[1];
  if (match === null || title === undefined) return undefined;
  if (title.split(/\s+/u).some((word) => voids(env.cues, word.toLowerCase()))) return undefined;
  const holder = holderAfter(env, k, body.end + match[0].length);
  if (holder === undefined || holder.mention.entityId === first.of) return undefined;
  const start = body.end + match[0].indexOf(title, match[0].indexOf('and') + 3);
  const cue = { title, start, end: start + title.length };
  const read = partTitle(env, cue, holder);
  return { title: read, start, end: start + read.length, of: holder.mention.entityId };
}

/**
 * A word that keeps the conjunct from being the person's own title: a blocker ("former"), a
 * noun that ties him to the body from outside ("a critic of", "a rival of the president of"),
 * or a preposition that makes the title another's ("a rival of the president of Z").
 */
function voids(cues: CompiledCues, word: string): boolean {
  return isBlocked(cues, word) || NOT_MEMBER_NOUNS.has(word) || PREPOSITIONS.has(word);
}

const conjuncts = new WeakMap<CompiledCues, RegExp>();

/** " and a senior fellow at (the) ": "and", an article, up to three modifiers, a title, a preposition. */
function conjunctPattern(cues: CompiledCues): RegExp {
  let pattern = conjuncts.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(
      `^\\s+and\\s+(?:also\\s+)?(?:a|an|the)\\s+((?:[\\p{L}’'.-]+\\s+){0,3}?(?:co-)?(?:${cues.titleAlternation}))\\s+(?:of|for|at|with)\\s+(?:the\\s+)?`,
      'iu',
    );
    conjuncts.set(cues, pattern);
  }
  return pattern;
}
