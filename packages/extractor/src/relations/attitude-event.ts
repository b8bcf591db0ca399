import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { policyWords } from './policy-owners.js';
import { isStance } from './structural.js';
import type { Side } from './subject.js';
import { DETERMINERS } from './word-classes.js';

/** Plain words that may stand between the attitude and the event noun ("the recent attack"). */
const MODIFIERS = 2;
/** The longest attitude phrase looked back over ("not only critical of", "fed up with"). */
const PHRASE_REACH = 4;

/**
 * "X was appalled by the attack on Y", "X is critical of the war on Y", "X, a critic of the
 * sanctions on Y": a stance noun in the complement of an attitude (an `agent`-frame stance cue:
 * an adjective of feeling or judgement, or an agent noun) names an event the subject judges,
 * not one it carries out; the subject is no source of the noun's stance.
 */
export function attitudeEvent(env: FrameEnv, hit: CueHit): boolean {
  const { view, cues } = env;
  let modifiers = 0;
  for (let t = hit.startToken - 1; t >= 0 && (view.unitAt[t] ?? -1) < 0; t--) {
    if (attitudeEndsAt(env, t)) return true;
    const word = view.words[t] ?? '';
    if (DETERMINERS.has(word)) continue;
    if (modifiers >= MODIFIERS || !/^\p{Ll}+$/u.test(word) || cues.forms.has(word)) return false;
    modifiers++;
  }
  return false;
}

/** An `agent`-frame stance cue ends at token `end` ("critical of", "appalled by"). */
function attitudeEndsAt(env: FrameEnv, end: number): boolean {
  const { view, cues } = env;
  for (let s = end; s >= Math.max(0, end - PHRASE_REACH + 1); s--) {
    for (const phrase of cues.phrases.get(view.words[s] ?? '') ?? []) {
      if (s + phrase.words.length - 1 !== end) continue;
      if (!phrase.words.every((word, k) => view.words[s + k] === word)) continue;
      if (phrase.forms.some((f) => f.family.frame === 'agent' && isStance(f.family.relation)))
        return true;
    }
  }
  return false;
}

/**
 * "X was angered by the media declaring Y the winner": between the attitude and the actor, a
 * plain noun with its own "-ing" verb opens a clause whose object the actor is; the attitude is
 * aimed at that noun, not at the actor.
 */
function gerundClauseBetween(env: FrameEnv, from: number, to: number): boolean {
  const { view } = env;
  for (let t = from + 1; t < to; t++) {
    const word = view.words[t] ?? '';
    if (!/^\p{Ll}{2,}ing$/u.test(word) || (view.unitAt[t] ?? -1) >= 0) continue;
    // "critical of the move saying Y ...": an act does not speak; the participle is the subject's.
    if (speechParticiple(env, word) && actNoun(env, view.words[t - 1] ?? '')) continue;
    const before = view.words[t - 1] ?? '';
    if (/^\p{Ll}+$/u.test(before) && !DETERMINERS.has(before) && (view.unitAt[t - 1] ?? -1) < 0)
      return true;
  }
  return false;
}

/** "saying", "adding", "arguing": the "-ing" form of a speech verb ("says", "added", "argued"). */
function speechParticiple(env: FrameEnv, word: string): boolean {
  const stem = word.slice(0, -3);
  const { speechVerbs } = env.cues.context;
  return speechVerbs.has(`${stem}s`) || speechVerbs.has(`${stem}ed`);
}

/** A policy or discourse noun ("move", "plan", "decision"): an act, no speaker. */
function actNoun(env: FrameEnv, word: string): boolean {
  return env.cues.context.discourseNouns.has(word) || policyWords().classOf.has(word);
}

/** Prepositions that attach an actor to an event noun without making it the noun's owner. */
const EMBEDDING: ReadonlySet<string> = new Set([
  'with',
  'over',
  'against',
  'on',
  'in',
  'for',
  'to',
  'about',
  'between',
  'toward',
  'towards',
]);

/**
 * "X was pleased with the talks with Y", "X was delighted by the victory over Y": the attitude
 * is toward an event that Y only takes part in; Y heads no part of the object and owns nothing.
 */
function embeddedActor(env: FrameEnv, from: number, to: number): boolean {
  const { view } = env;
  for (let t = from + 1; t < to; t++) {
    if (!EMBEDDING.has(view.words[t] ?? '')) continue;
    const before = view.words[t - 1] ?? '';
    if (/^\p{Ll}+$/u.test(before) && !DETERMINERS.has(before) && (view.unitAt[t - 1] ?? -1) < 0)
      return true;
  }
  return false;
}

/**
 * An attitude ("angry at", "pleased with", "a critic of") whose object names the actor only
 * inside a clause or an event it takes part in: no stance on the actor.
 */
export function attitudeMisses(env: FrameEnv, hit: CueHit, form: CueForm, target: Side): boolean {
  if (!isStance(form.family.relation)) return false;
  const to = target.firstToken;
  return gerundClauseBetween(env, hit.endToken, to) || embeddedActor(env, hit.endToken, to);
}
