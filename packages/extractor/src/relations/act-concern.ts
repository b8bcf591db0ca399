import { actEvaluationWords } from './act-evaluation-words.js';
import { relationConfidence } from './confidence.js';
import { emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { ownedActAt, type OwnedAct } from './owned-act.js';
import { policyWords } from './policy-owners.js';
import { isQuoteMark } from './quoted-predicate.js';
import { isClaimedAct } from './reported-claim.js';
import { findSubject, type Side } from './subject.js';
import { COPULAS, DETERMINERS, POSSESSIVES, isAdverb } from './word-classes.js';

/** Plain words between the verb and the feeling: "voiced deep concern", "expressed its dismay". */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;
const VERB_REACH = 3;
const DENIERS = policyWords().stanceNounDeniers;

/**
 * "Britain voiced concern over China's human rights record", "X expressed dismay at Y's
 * decision to ...", "X is alarmed by Y's move", "X said it was concerned about the decision by
 * Y", "X voiced concern that Y's troop build-up could ...": a feeling of disapproval stated about
 * an act a named actor owns opposes the owner. Not concern "for" someone (sympathy), nor
 * "concern that ..." whose clause does not open with an owned act, nor about a thing no actor
 * owns; not
 * when denied ("voiced no concern", "did not express concern"), modal, questioned or hypothetical.
 */
export function actConcern(env: FrameEnv): void {
  const { view } = env;
  for (let t = 1; t < view.words.length - 2; t++) {
    // "was 'very moved' by Y's ...": a quoted feeling links past its closing quote.
    const link = isQuoteMark(view.words[t + 1] ?? '') ? t + 2 : t + 1;
    const feeling = feelingAt(view.words, t, link);
    if (feeling === undefined) continue;
    const { noun, relation, clause } = feeling;
    // "concern that the decision ...": a clause's subject needs its owner in the sentence.
    const act = ownedActAt(env, link + 1, !clause);
    if (act === undefined || (clause && !opensClauseSubject(env, act))) continue;
    const verb = noun ? expressingVerb(env, t) : copulaBefore(env, t);
    if (verb < 0) continue;
    const source = findSubject({
      ctx: env.ctx,
      cues: env.cues,
      view,
      // A quoted feeling ("was 'very moved'") is read from the copula's side of its quote.
      cueToken: noun ? verb : isQuoteMark(view.words[verb + 1] ?? '') ? verb : t,
      reach: noun ? 'verb' : 'agent',
      stanceVerbs: env.stanceVerbs,
    });
    if (source === undefined || isNonFactual(env.cues, view, source.firstToken, verb)) continue;
    // "Y claimed that X voiced concern over ...": the feeling is the claimant's report.
    if (isClaimedAct(env.cues, view, source.firstToken, act.owner.firstToken)) continue;
    // "Y's decision raised concerns over ...": what the actor owns feels nothing.
    if (POSSESSIVES.has(view.words[source.lastToken + 1] ?? '')) continue;
    emitConcern(env, relation, source, act);
  }
}

/** The verb stating the feeling at `t` ("voiced deep concern"), or -1; none when denied. */
function expressingVerb(env: FrameEnv, t: number): number {
  const { words } = env.view;
  const { expressVerbs } = actEvaluationWords();
  for (let k = t - 1; k >= Math.max(0, t - VERB_REACH - 1); k--) {
    const word = words[k] ?? '';
    if (expressVerbs.has(word)) return k;
    if (isQuoteMark(word)) continue;
    if (DENIERS.has(word) || !MODIFIER.test(word) || (env.view.unitAt[k] ?? -1) >= 0) return -1;
  }
  return -1;
}

/** The copula before the adjective at `t`, past adverbs ("is deeply concerned"), or -1. */
function copulaBefore(env: FrameEnv, t: number): number {
  const { words } = env.view;
  let k = t - 1;
  const { concernIntensifiers } = actEvaluationWords();
  const skipped = (word: string): boolean =>
    isAdverb(word) || concernIntensifiers.has(word) || isQuoteMark(word);
  while (k > 0 && skipped(words[k] ?? '')) k--;
  const word = words[k] ?? '';
  return COPULAS.has(word) || word === 'been' || word === 'be' ? k : -1;
}

interface Feeling {
  noun: boolean;
  relation: 'OPPOSES' | 'SUPPORTS';
  /** The feeling's object is a "that" clause, not a prepositional phrase. */
  clause: boolean;
}

/**
 * The owned act is the subject of the "that" clause: a lower-case word that may be its verb
 * follows ("Y's move could ...", "Y's plans threaten ..."), not a comma or the clause's end.
 */
function opensClauseSubject(env: FrameEnv, act: OwnedAct): boolean {
  const next = env.view.words[act.end + 1] ?? '';
  return /^\p{Ll}+$/u.test(next) && !DETERMINERS.has(next) && next !== 'and' && next !== 'or';
}

/** A feeling at `t` with the preposition at `link` that links it to its object, or undefined. */
function feelingAt(words: readonly string[], t: number, link: number): Feeling | undefined {
  const lists = actEvaluationWords();
  const word = words[t] ?? '';
  const preposition = words[link] ?? '';
  // "X was very moved by Y's announcement": stirred by the act itself, never "moved over" it.
  if (lists.stirredAdjectives.has(word))
    return preposition === 'by' ? { noun: false, relation: 'SUPPORTS', clause: false } : undefined;
  if (lists.concernNouns.has(word) || lists.concernAdjectives.has(word)) {
    const noun = lists.concernNouns.has(word);
    if (preposition === 'that') return { noun, relation: 'OPPOSES', clause: true };
    if (!lists.concernPrepositions.has(preposition) || (noun && preposition === 'by'))
      return undefined;
    return { noun, relation: 'OPPOSES', clause: false };
  }
  if (!lists.approvalNouns.has(word) && !lists.approvalAdjectives.has(word)) return undefined;
  if (!lists.approvalPrepositions.has(preposition)) return undefined;
  return { noun: lists.approvalNouns.has(word), relation: 'SUPPORTS', clause: false };
}

function emitConcern(
  env: FrameEnv,
  relation: Feeling['relation'],
  source: Side,
  act: OwnedAct,
): void {
  const confidence = relationConfidence({
    base: 'act-feeling',
    ends: [source.certainty, act.owner.certainty],
    modifiers: source.actors.length > 1 || act.owner.actors.length > 1 ? ['several-actors'] : [],
  });
  for (const s of source.actors)
    for (const o of act.owner.actors) if (s.id !== o.id) emit(env, relation, s, o, confidence);
}
