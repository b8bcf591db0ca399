import type { RoleCue } from '../types.js';
import type { ActorRef } from './article-context.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { Unit } from './sentence-view.js';
import { holderAfter, ownedUnit, partTitle } from './title-complete.js';
import { gap, type RoleEnv } from './title-env.js';
import { objectTakenFrom } from './object-verbs.js';
import { heldByOther } from '../lexicon/mention-words.js';

// "X of the Y", 'X of "Y"': a quotation mark may open the name.
const FROM_ORG = /^,?\s+(?:from|of|at|with)\s+(?:the\s+)?["“]?$/i;

/**
 * "X, a lawmaker for Y", "X, senior fellow at the Y", "X, co-CEO of Y": a title in apposition
 * right after a person.
 */
export function appositionRole(env: RoleEnv, unit: Unit, u: number): RoleCue | undefined {
  const { view } = env;
  const rest = gap(view, unit.end, view.sentence.end);
  const match = appositionPattern(env.cues).exec(rest);
  if (!match?.[1]) return undefined;
  // "X, France's ambassador to Germany": the possessor holds the title, not where it is sent.
  if (/['’]s?\s/u.test(match[1]) && /\sto\s+(?:the\s+)?$/u.test(match[0])) return undefined;
  // "X, the son of the leader of Y": the title is another's, held by the one X is kin to.
  if (ofAnother(match[1])) return undefined;
  const holder = holderAfter(env, u, unit.end + match[0].length);
  if (holder === undefined) return undefined;
  const start = unit.end + match[0].indexOf(match[1]);
  const cue = { title: match[1], start, end: start + match[1].length };
  const title = partTitle(env, cue, holder);
  return { title, start, end: start + title.length, of: holder.mention.entityId };
}

/** An "of" among the words before the title, after a noun that is no partitive ("son of the"). */
function ofAnother(words: string): boolean {
  const w = words.split(/\s+/u);
  return w.some((word, i) => word === 'of' && heldByOther(w[i - 1] ?? '', w[i - 2] ?? ''));
}

const appositions = new WeakMap<CompiledCues, RegExp>();

function appositionPattern(cues: CompiledCues): RegExp {
  let pattern = appositions.get(cues);
  if (pattern === undefined) {
    pattern = new RegExp(
      `^,\\s+(?:(?:a|an|the)\\s+)?((?:[\\p{L}’'.-]+\\s+){0,3}?(?:co-)?(?:${cues.titleAlternation}))\\s+(?:of|for|at|from|with|in|to)\\s+(?:the\\s+)?`,
      'iu',
    );
    appositions.set(cues, pattern);
  }
  return pattern;
}

/** "Lena Marsh, from Amnesty International", "X of the Y Party": the organization a person comes from. */
export function affiliation(env: RoleEnv, u: number): ActorRef | undefined {
  const { view } = env;
  const unit = view.units[u];
  const next = view.units[u + 1];
  if (!unit || !next) return undefined;
  const between = gap(view, unit.end, next.start);
  if (!FROM_ORG.test(between)) return undefined;
  if (/from/iu.test(between) && objectTakenFrom(view, unit)) return undefined;
  const holder = ownedUnit(view, u + 1, next.start);
  return holder?.actor?.type === 'Organization' ? holder.actor : undefined;
}
