import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { isQuoteMark } from './quoted-predicate.js';
import { policyWords } from './policy-owners.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { endCertainty } from './confidence.js';
import { BE_AUXILIARIES, isAdverb } from './word-classes.js';
import { isStance } from './structural.js';
import { opensCopula } from './judged-owner.js';

/** Words between the determiner and the policy noun: "the 'historic' move", "any such step". */
const MODIFIER = /^(?:[\p{Ll}\p{N}-]+|["'“”‘’]|\.\.\.|…)$/u;
const REACH = 4;
/** "the decision of X", "the plan by X", "the move that X ...": the phrase names its own owner. */
const OWNER_MARKERS: ReadonlySet<string> = new Set(['of', 'by', 'from', '-', "'s"]);

/** A policy phrase opening at `from` ("the proposals", "any decision"): its noun and class. */
export function policyPhrase(
  view: SentenceView,
  from: number,
): { noun: number; policy: string } | undefined {
  const words = policyWords();
  if (!words.determiners.has(view.words[from] ?? '')) return undefined;
  for (let k = from + 1; k <= from + REACH && k < view.words.length; k++) {
    if ((view.unitAt[k] ?? -1) >= 0) return undefined;
    const word = view.words[k] ?? '';
    const policy = words.classOf.get(word);
    if (policy !== undefined) {
      // "the policy shift": the phrase's head is its last policy noun.
      const next = view.words[k + 1] ?? '';
      if (words.classOf.get(next) === policy) continue;
      return OWNER_MARKERS.has(next) ? undefined : { noun: k, policy };
    }
    if (!MODIFIER.test(word)) return undefined;
  }
  return undefined;
}

/**
 * "Germany backed the proposals", "X said it regrets any decision to ...": a stance on a policy
 * the sentence does not say whose it is, aimed at the owner the discourse named last for a policy
 * of its kind ("France unveiled a plan ...", "Washington's move"). A policy of the source's own
 * gives nothing (`source` undefined: the caller drops a pair of one actor); so do two owners in
 * the sentence that names them.
 */
export function policyTarget(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  source: Side | undefined,
): Side | undefined {
  if (form.via !== undefined) return undefined;
  if (!isStance(form.family.relation)) return undefined;
  const phrase = policyPhrase(env.view, hit.endToken);
  if (phrase === undefined) return undefined;
  return ownerSide(env, phrase, { from: hit.endToken, before: hit.startToken }, source);
}

/**
 * "concern over the decision": a policy phrase opening at `from` that the sentence leaves
 * unowned, and the owner the discourse named for it.
 */
export function discoursePolicyOwner(
  env: FrameEnv,
  from: number,
): { owner: Side; noun: number } | undefined {
  const phrase = policyPhrase(env.view, from);
  if (phrase === undefined) return undefined;
  const owner = ownerSide(env, phrase, { from, before: from }, undefined);
  return owner === undefined ? undefined : { owner, noun: phrase.noun };
}

/**
 * The judged phrase of an evaluation, when it is a policy the sentence leaves unowned: "X said
 * the decision was a mistake", "X called the move 'unjustified'", "X sees the plan as ...".
 */
export function judgedPolicy(env: FrameEnv, from: number, cueToken: number): Side | undefined {
  const { view } = env;
  const start = view.words[from] === 'that' ? from + 1 : from;
  const phrase = policyPhrase(view, start);
  if (phrase === undefined || phrase.noun >= cueToken) return undefined;
  const next = view.words[phrase.noun + 1] ?? '';
  let k = phrase.noun + 1;
  while (k < cueToken && isQuoteMark(view.words[k] ?? '')) k++;
  if (!opensCopula(view, phrase.noun + 1) && next !== 'as' && k !== cueToken) return undefined;
  return ownerSide(env, phrase, { from: start, before: start }, undefined);
}

/**
 * "The move was condemned by X": a passive whose subject is a policy phrase opening the clause
 * is aimed at the policy's owner.
 */
export function passivePolicySubject(env: FrameEnv, verb: number): Side | undefined {
  const { view } = env;
  let noun = verb - 1;
  while (
    noun >= 0 &&
    (BE_AUXILIARIES.has(view.words[noun] ?? '') || isAdverb(view.words[noun] ?? ''))
  )
    noun--;
  if (noun === verb - 1) return undefined;
  for (let start = noun - 1; start >= Math.max(0, noun - REACH); start--) {
    const phrase = policyPhrase(view, start);
    if (phrase === undefined) continue;
    if (phrase.noun !== noun || !CLAUSE_OPENERS.has(view.words[start - 1] ?? '')) return undefined;
    return ownerSide(env, phrase, { from: start, before: start }, undefined);
  }
  return undefined;
}

/**
 * "The plan drew sharp criticism from X", "The move has faced opposition from X": a policy
 * phrase opening the clause, a few plain words before the cue, is the one criticised.
 */
export function clausePolicySubject(env: FrameEnv, cueToken: number): Side | undefined {
  const { view } = env;
  for (let start = cueToken - 2; start >= Math.max(0, cueToken - 10); start--) {
    const word = view.words[start] ?? '';
    if ((view.unitAt[start] ?? -1) >= 0 || !MODIFIER.test(word)) return undefined;
    if (!CLAUSE_OPENERS.has(view.words[start - 1] ?? '')) continue;
    const phrase = policyPhrase(view, start);
    if (phrase === undefined || phrase.noun >= cueToken - 1) continue;
    for (let k = phrase.noun + 1; k < cueToken; k++) {
      const between = view.words[k] ?? '';
      if (!/^\p{Ll}+$/u.test(between) || DENIERS.has(between)) return undefined;
    }
    return ownerSide(env, phrase, { from: start, before: start }, undefined);
  }
  return undefined;
}

/** "drew no criticism", "little support": the stance noun is denied. */
const DENIERS = policyWords().stanceNounDeniers;
/** Words a clause may open after ("" for the sentence's start). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  '',
  ',',
  ...policyWords().policyClauseOpeners,
]);

function ownerSide(
  env: FrameEnv,
  phrase: { noun: number; policy: string },
  at: { from: number; before: number },
  source: Side | undefined,
): Side | undefined {
  const { view } = env;
  const policies = env.discourse?.policies;
  if (policies === undefined) return undefined;
  const own = new Set(source?.actors.map((actor) => actor.id));
  const owner = policies.ownerBefore(phrase.policy, view.sentence.index, at.before, own);
  if (owner === undefined) return undefined;
  return {
    actors: [owner],
    firstToken: at.from,
    lastToken: phrase.noun,
    certainty: endCertainty('policy-owner'),
  };
}
