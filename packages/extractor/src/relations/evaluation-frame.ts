import type { CueHit } from './cue-matches.js';
import type { CueForm } from './cue-lexicon.js';
import type { FrameEnv } from './frame-env.js';
import { frameWords } from './frame-words.js';
import { findSubject, type Side } from './subject.js';
import { sideOf } from './target.js';
import { COPULAS, DETERMINERS, OBJECT_BOUNDARIES, isAdverb } from './word-classes.js';
import { isGerund, phraseWords } from './phrase-words.js';
import { gerundAdjunctActor } from './adjunct-gerund.js';
import type { SentenceView } from './sentence-view.js';
import { relationConfidence } from './confidence.js';
import { opensAbsolute } from './absolute-with.js';
import { judgedPolicy } from './policy-target.js';
import { isQuoteMark } from './quoted-predicate.js';
import { isReportingVerb, thatAfterAdjunct } from './reported-judgement.js';
import { isRated } from './vader/rated-forms.js';
import { ratedPosition } from './vader/rated-position.js';
import {
  headAfterOwner,
  isPerfectCopula,
  judgementNonFactual,
  ownedByPhrase,
} from './judged-owner.js';

const REACH = 12;

/**
 * A judgement on an actor or on what it owns, said or called: "X called Y's plan 'unjustified'",
 * "X said the Y decision was a mistake", "X sees Y as hostile". The judge is the subject of the
 * verb; the judged is the actor that opens the judged noun phrase (its possessor or modifier).
 */
export function evaluationFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view, cues } = env;
  const verb = judgingVerb(env, hit.startToken);
  if (verb === undefined) return;
  const judged = thatAfterAdjunct(cues, view, verb, hit.startToken) ?? afterAddressee(env, verb);
  const target =
    judgedActor(env, judged, hit.startToken) ??
    judgedPolicy(env, judged, hit.startToken) ??
    ownedByPhrase(env, judged, hit.startToken);
  if (target === undefined) return;
  const byJudgingVerb = cues.context.evaluationVerbs.has(view.words[verb] ?? '');
  if (isRated(form) && !ratedPosition(env, hit, { side: target, byJudgingVerb })) return;
  // "X responded by calling Y a liar": the gerund shares the clause's subject.
  const source =
    (isGerund(view.words[verb] ?? '')
      ? gerundAdjunctActor(env, { ...hit, startToken: verb, endToken: verb + 1 })
      : undefined) ?? findSubject({ ctx: env.ctx, cues, view, cueToken: verb, reach: 'verb' });
  if (source === undefined || judgementNonFactual(env, source.firstToken, target, hit.startToken))
    return;
  const weight = relationConfidence({ base: form.weight, ends: [source.certainty] });
  for (const s of source.actors) {
    for (const t of target.actors) {
      if (s.id === t.id) continue;
      env.emit({
        type: form.family.relation,
        source: s,
        target: t,
        confidence: weight,
        evidence: env.evidence,
      });
    }
  }
}

/**
 * The verb that makes the cue a judgement: a judging verb ("called", "described", "sees") or a
 * speech verb whose reported clause has a copula before the cue. Undefined past a clause end.
 */
function judgingVerb(env: FrameEnv, cueToken: number): number | undefined {
  const { view, cues } = env;
  let copula = false;
  // Whether a comma stands between the token and the cue: "with" before one opens no adjunct
  // that holds the cue.
  let commaSince = false;
  for (let t = cueToken - 1; t >= Math.max(0, cueToken - REACH); t--) {
    const word = view.words[t] ?? '';
    if (word === ';' || (OBJECT_BOUNDARIES.has(word) && word !== 'as')) return undefined;
    if (!commaSince && opensAbsolute(view, t)) return undefined;
    if (word === ',') commaSince = true;
    const isCopula = COPULAS.has(word) || isPerfectCopula(view, t);
    if (isCopula && !passiveAuxiliary(view, t, cueToken)) copula = true;
    if (cues.context.evaluationVerbs.has(word)) {
      const next = view.words[t + 1] ?? '';
      return ['on', 'for', 'off', 'in', 'up'].includes(next) ? undefined : t;
    }
    if (isReportingVerb(cues, word)) return copula ? t : undefined;
    if (copula && heldViewAt(env, t - 2)) return t - 2;
  }
  return undefined;
}

const OWNER_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my']);

/**
 * "X reiterated its position that Y's settlements are illegal": a verb stating a view, an owner
 * pronoun, an opinion noun and "that" at `verb`; the clause after "that" is the subject's judgement.
 */
function heldViewAt(env: FrameEnv, verb: number): boolean {
  const { words } = env.view;
  const word = words[verb] ?? '';
  return (
    (RESTATING_VERBS.has(word) || env.cues.context.speechVerbs.has(word)) &&
    OWNER_PRONOUNS.has(words[verb + 1] ?? '') &&
    OPINION_NOUNS.has(words[verb + 2] ?? '') &&
    words[verb + 3] === 'that'
  );
}

const { opinionNouns: OPINION_NOUNS, restatingVerbs: RESTATING_VERBS } = frameWords();

/**
 * "X said Y was arrested for making a false statement": a "be" before a participle that is not
 * the cue is a passive's auxiliary; the cue further on is no judgement the copula states.
 */
function passiveAuxiliary(view: SentenceView, be: number, cueToken: number): boolean {
  let t = be + 1;
  while (t < cueToken && isAdverb(view.words[t] ?? '')) t++;
  if (t >= cueToken) return false;
  const word = view.words[t] ?? '';
  return /^\p{Ll}{2,}ed$/u.test(word) || phraseWords().irregularPasts.has(word);
}

/** "X told Reuters the board was at fault": the one told is not the one judged. */
function afterAddressee(env: FrameEnv, verb: number): number {
  const { view } = env;
  if (heldViewAt(env, verb)) return verb + 3;
  if (!ADDRESSEE_VERBS.has(view.words[verb] ?? '')) return verb + 1;
  const unit = view.units[view.unitAt[verb + 1] ?? -1];
  // "told reporters Y was lying": one plain noun names the ones told.
  if (unit === undefined)
    return /^\p{Ll}+s$/u.test(view.words[verb + 1] ?? '') ? verb + 2 : verb + 1;
  if (view.tokens[unit.lastToken]?.poss === true) return verb + 1;
  return unit.lastToken + 1;
}

const ADDRESSEE_VERBS = frameWords().addresseeVerbs;

/**
 * The actor opening the judged phrase: "the UK's rebate", "the Thai complaint", "Peru was",
 * "Peru as". Determiners and "that" may come before it, nothing else.
 */
export function judgedActor(env: FrameEnv, from: number, cueToken: number): Side | undefined {
  const { view } = env;
  let t = from;
  while (t < cueToken && (view.words[t] === 'that' || DETERMINERS.has(view.words[t] ?? ''))) t++;
  const u = view.unitAt[t] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor) return undefined;
  const next = view.words[unit.lastToken + 1] ?? '';
  const nextText = view.sentenceText.slice(
    (view.tokens[unit.lastToken + 1]?.start ?? view.sentence.end) - view.sentence.start,
  );
  const owns = view.tokens[unit.lastToken]?.poss === true || /^\p{Ll}/u.test(nextText);
  // "called Y 'reckless'": a quote mark may open the judgement right after the actor.
  const gap = isQuoteMark(next) ? unit.lastToken + 2 : unit.lastToken + 1;
  const whole = COPULAS.has(next) || next === 'as' || gap === cueToken;
  if (!owns && !whole) return undefined;
  // "said Y's critics were wrong": the ones judged are not Y's, nor Y's act.
  const head = headAfterOwner(view, unit.lastToken);
  if (env.cues.context.nonRepresentativeHeads.matchAt(view.words, head) > 0) return undefined;
  return sideOf(view, u);
}
