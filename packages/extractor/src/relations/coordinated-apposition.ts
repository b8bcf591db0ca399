import type { CueHit } from './cue-matches.js';
import { between, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { isBlocked } from './title-sense.js';

/** Tokens back from the premodifier to the comma that opens the apposition. */
const REACH = 16;

/**
 * The words from the owner's name to the premodifier: a comma, a first conjunct that opens in
 * lower case (a title or an article, not another name), "and a", at most two modifiers:
 * "X, pastor of Grace Church and a Y supporter", "X, a Republican and a longtime Y critic".
 */
const SECOND_CONJUNCT_LEAD =
  /^\s*(?:\([^()]{0,12}\)\s*)?,\s*[\p{Ll}][^,;:()"“”]{0,60}?\s+and\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * "X, pastor of Grace Church and a Y supporter, said": the second conjunct of an apposition
 * describes the actor before the apposition, like the first. No blocking word ("former") and
 * nothing non-factual may stand between them.
 */
export function secondConjunctOwner(
  env: FrameEnv,
  headToken: number,
  hit: CueHit,
): Side | undefined {
  const { view } = env;
  const head = view.tokens[headToken]?.start;
  if (head === undefined) return undefined;
  for (let t = headToken - 1; t >= Math.max(1, headToken - REACH); t--) {
    const word = view.words[t];
    if (word === ';' || word === ':') return undefined;
    if (word !== ',') continue;
    let name = t - 1;
    if (view.words[name] === ')') {
      while (name > 0 && view.words[name] !== '(') name--;
      name--;
    }
    const u = view.unitAt[name] ?? -1;
    const unit = view.units[u];
    if (!unit?.actor) return undefined;
    const lead = between(view, unit.end, head);
    if (!SECOND_CONJUNCT_LEAD.test(lead)) return undefined;
    if (lead.split(/[\s,]+/).some((w) => isBlocked(env.cues, w.toLowerCase()))) return undefined;
    if (isNonFactual(env.cues, view, unit.lastToken + 1, hit.startToken)) return undefined;
    return sideOf(view, u);
  }
  return undefined;
}
