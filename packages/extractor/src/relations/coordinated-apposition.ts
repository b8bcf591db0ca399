import type { CueHit } from './cue-matches.js';
import { between, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import type { SentenceView } from './sentence-view.js';
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

/**
 * The words from the owner's name to the premodifier in a predicate of two conjuncts, present
 * only: "X is a member of NATO and a US ally", "X is a member of NATO, a US ally and ...".
 */
const COPULA_CONJUNCT_LEAD =
  /^\s+(?:is|are|remains|remain)\s+(?:a|an|the)\s+[\p{Ll}][^,;:()"“”]{0,60}?(?:\s+and|\s*,(?:\s+and)?)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** Words that open a clause of their own inside the first conjunct ("a state that borders Y"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'while']);

/**
 * "Turkey is a member of NATO and an American ally": the second conjunct of a copula's
 * predicate describes the subject, like the first. The only name the first conjunct may hold
 * is the complement of its "of" ("a member of NATO"), and no clause may open in it.
 */
export function copulaConjunctOwner(
  env: FrameEnv,
  headToken: number,
  hit: CueHit,
): Side | undefined {
  const { view } = env;
  const head = view.tokens[headToken]?.start;
  if (head === undefined) return undefined;
  for (let t = headToken - 1; t >= Math.max(0, headToken - REACH); t--) {
    const word = view.words[t] ?? '';
    if (CLAUSE_OPENERS.has(word)) return undefined;
    const inside = view.unitAt[t] ?? -1;
    if (inside >= 0 && !isOfComplement(view, view.units[inside]?.firstToken ?? t)) {
      const unit = view.units[inside];
      if (!unit?.actor || !COPULA_CONJUNCT_LEAD.test(between(view, unit.end, head)))
        return undefined;
      if (isNonFactual(env.cues, view, unit.lastToken + 1, hit.startToken)) return undefined;
      const lead = between(view, unit.end, head);
      if (lead.split(/\s+/).some((w) => isBlocked(env.cues, w))) return undefined;
      return sideOf(view, inside);
    }
  }
  return undefined;
}

/** The name opening at `first` is the complement of "of" ("a member of (the) NATO"). */
export function isOfComplement(view: SentenceView, first: number): boolean {
  const before = view.words[first - 1] === 'the' ? first - 2 : first - 1;
  return view.words[before] === 'of';
}
