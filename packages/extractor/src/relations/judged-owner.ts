import type { FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { policyWords } from './policy-owners.js';
import { isQuoteMark } from './quoted-predicate.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { COPULAS, HAVE_FORMS, OBJECT_BOUNDARIES, POSSESSIVES } from './word-classes.js';

/** Words between the determiner and the judged noun: "the 'historic' move", "the new plan". */
const MODIFIER = /^(?:\p{Ll}[\p{Ll}-]*|["'“”‘’])$/u;
const NOUN_REACH = 3;
/** "the decision by X to withdraw troops was ...": the infinitive the copula may follow. */
const INFINITIVE_REACH = 8;

/** "been" of a perfect ("has been", "had been"): a copula as much as "is" or "was". */
export function isPerfectCopula(view: SentenceView, t: number): boolean {
  return view.words[t] === 'been' && HAVE_FORMS.has(view.words[t - 1] ?? '');
}

/** A copula opens at `t`: "was", "is", or a perfect "has been" / "had been". */
export function opensCopula(view: SentenceView, t: number): boolean {
  const word = view.words[t] ?? '';
  if (POSSESSIVES.has(word)) return false;
  return COPULAS.has(word) || (HAVE_FORMS.has(word) && view.words[t + 1] === 'been');
}

/**
 * The token after an actor unit that opens its own possessed noun ("Russia 's critics"): the
 * possessive mark is stepped over, so a head such as "critics" is seen as the judged noun.
 */
export function headAfterOwner(view: SentenceView, lastToken: number): number {
  return POSSESSIVES.has(view.words[lastToken + 1] ?? '') ? lastToken + 2 : lastToken + 1;
}

/**
 * The judged phrase names its owner by "by": "X said the decision by Y was illegal", "X called
 * the move by Y a violation", "X said the decision by Y to expel diplomats had been a mistake".
 * The owner is the judged; an act "of" Y is left alone ("the invasion of Y" is done to Y).
 */
export function ownedByPhrase(env: FrameEnv, from: number, cueToken: number): Side | undefined {
  const { view } = env;
  const noun = judgedNoun(env, view.words[from] === 'that' ? from + 1 : from, cueToken);
  if (noun === undefined || view.words[noun + 1] !== 'by') return undefined;
  const u = view.unitAt[noun + 2] ?? -1;
  const unit = view.units[u];
  if (unit?.actor === undefined || unit.firstToken !== noun + 2) return undefined;
  if (POSSESSIVES.has(view.words[unit.lastToken + 1] ?? '')) return undefined;
  const end = afterInfinitive(view, unit.lastToken + 1, cueToken);
  if (end === undefined) return undefined;
  let k = end;
  while (k < cueToken && isQuoteMark(view.words[k] ?? '')) k++;
  const judged = opensCopula(view, end) || view.words[end] === 'as' || k === cueToken;
  return judged ? sideOf(view, u) : undefined;
}

/** The policy or discourse noun of a phrase opening with a determiner at `from`. */
function judgedNoun(env: FrameEnv, from: number, cueToken: number): number | undefined {
  const { view } = env;
  const words = policyWords();
  if (!words.determiners.has(view.words[from] ?? '')) return undefined;
  const nouns = env.cues.context.discourseNouns;
  for (let k = from + 1; k <= from + NOUN_REACH && k < cueToken; k++) {
    if ((view.unitAt[k] ?? -1) >= 0) return undefined;
    const word = view.words[k] ?? '';
    if (words.classOf.has(word) || nouns.has(word)) return k;
    if (!MODIFIER.test(word)) return undefined;
  }
  return undefined;
}

/**
 * Past "to <verb> ..." after the owner ("by Y to expel diplomats"), the token where the judged
 * phrase's predicate opens; the token itself where no infinitive follows. Undefined when the
 * infinitive runs into a clause end, a comma or the cue before any copula.
 */
function afterInfinitive(view: SentenceView, at: number, cueToken: number): number | undefined {
  if (view.words[at] !== 'to') return at;
  const limit = Math.min(cueToken, at + INFINITIVE_REACH);
  for (let t = at + 1; t < limit; t++) {
    const word = view.words[t] ?? '';
    if (word === ',' || OBJECT_BOUNDARIES.has(word)) return undefined;
    if (opensCopula(view, t)) return t;
  }
  return undefined;
}

/**
 * The modality test of a judgement whose judged phrase carries its own infinitive: in "X said
 * Y's decision to expel diplomats was illegal" the "to" is the decision's content, not an aim
 * of the speaker, so only the words before the phrase and from its predicate ("was", "would
 * be", "was not") to the cue are read. Without such an infinitive, the whole stretch is read.
 */
export function judgementNonFactual(
  env: FrameEnv,
  from: number,
  target: Side,
  cueToken: number,
): boolean {
  const { cues, view } = env;
  const to = ownInfinitive(env, target, cueToken);
  const predicate = to === undefined ? undefined : predicateAfter(env, to, cueToken);
  if (to === undefined || predicate === undefined) return isNonFactual(cues, view, from, cueToken);
  return isNonFactual(cues, view, from, to) || isNonFactual(cues, view, predicate, cueToken);
}

/** The "to" right after the judged noun ("decision to") or its "by" owner ("by Y to"). */
function ownInfinitive(env: FrameEnv, target: Side, cueToken: number): number | undefined {
  const { view } = env;
  if (view.words[target.firstToken - 1] === 'by' && view.words[target.lastToken + 1] === 'to')
    return target.lastToken + 1;
  const nouns = env.cues.context.discourseNouns;
  const limit = Math.min(cueToken, target.lastToken + NOUN_REACH + 2);
  for (let t = target.lastToken + 1; t < limit; t++) {
    const word = view.words[t] ?? '';
    if (word !== 'to') {
      if (POSSESSIVES.has(word) || MODIFIER.test(word)) continue;
      return undefined;
    }
    const noun = view.words[t - 1] ?? '';
    return policyWords().classOf.has(noun) || nouns.has(noun) ? t : undefined;
  }
  return undefined;
}

/** The first copula, modal or negator after the infinitive's "to", before the cue. */
function predicateAfter(env: FrameEnv, to: number, cueToken: number): number | undefined {
  const { view } = env;
  const { modals, negators } = env.cues.context;
  const limit = Math.min(cueToken, to + INFINITIVE_REACH);
  for (let t = to + 1; t < limit; t++) {
    const word = view.words[t] ?? '';
    if (word === ',' || OBJECT_BOUNDARIES.has(word)) return undefined;
    if (opensCopula(view, t) || modals.matchAt(view.words, t) > 0) return t;
    if (negators.matchAt(view.words, t) > 0 || word.endsWith("n't")) return t;
  }
  return undefined;
}
