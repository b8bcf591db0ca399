import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { DETERMINERS } from './word-classes.js';
import endJson from './demand-end-words.json' with { type: 'json' };

const DemandEndSchema = z.object({
  description: z.string(),
  endNouns: z.array(LowerWord).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** Nouns of ending or undoing after a demand (demand-end-words.json), validated once. */
export function endNouns(): ReadonlySet<string> {
  cached ??= new Set(
    parseWordLists(DemandEndSchema, endJson, 'relations/demand-end-words.json').endNouns,
  );
  return cached;
}

/**
 * "called for an end to Y's occupation", "demanded the lifting of the US embargo", "called for
 * Y's withdrawal": the owner of what the demand would end, named by a possessive or by a state or
 * organization right before a common noun. Not "the lifting of sanctions against Y", whose Y
 * suffers what would end; not a thing the text leaves without owner.
 */
export function endedOwner(env: FrameEnv, from: number): Side | undefined {
  const { view } = env;
  const nouns = endNouns();
  // "called for Y's withdrawal"
  const first = actorAt(env, from);
  if (first !== undefined) {
    const poss = view.tokens[first.lastToken]?.poss === true;
    return poss && nouns.has(view.words[afterOwner(env, first)] ?? '') ? first : undefined;
  }
  let t = DETERMINERS.has(view.words[from] ?? '') ? from + 1 : from;
  if (!nouns.has(view.words[t] ?? '')) return undefined;
  t++;
  if (view.words[t] !== 'to' && view.words[t] !== 'of') return undefined;
  t++;
  if (view.words[t] === 'the') t++;
  const owner = actorAt(env, t);
  if (owner === undefined || owner.actors.some((a) => a.type === 'Person' && !ownedBy(env, owner)))
    return undefined;
  const noun = afterOwner(env, owner);
  if (!/^\p{Ll}+$/u.test(view.words[noun] ?? '') || (view.unitAt[noun] ?? -1) >= 0)
    return undefined;
  // "the lifting of Y sanctions against Z": Z is what the thing is aimed at; skip.
  return AIMED.has(view.words[noun + 1] ?? '') ? undefined : owner;
}

/** The token after an owner and its "'s". */
function afterOwner(env: FrameEnv, side: Side): number {
  const next = side.lastToken + 1;
  return /^['’]s?$/.test(env.view.words[next] ?? '') ? next + 1 : next;
}

function ownedBy(env: FrameEnv, side: Side): boolean {
  return env.view.tokens[side.lastToken]?.poss === true;
}

function actorAt(env: FrameEnv, t: number): Side | undefined {
  const u = env.view.unitAt[t] ?? -1;
  const unit = env.view.units[u];
  if (unit === undefined || unit.firstToken !== t || !unit.actor) return undefined;
  return sideOf(env.view, u);
}

const AIMED: ReadonlySet<string> = new Set(['against', 'on', 'of', 'from']);
