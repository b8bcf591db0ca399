import { ownedStimulus } from './stimulus-agent.js';
import {
  SYNTAX_WORDS,
  type SentenceSyntax,
  type SyntaxCache,
  type VerbGroup,
} from '../syntax/index.js';
import { tokenIndexAt } from '../text/tokenize.js';
import type { CueHit } from './cue-matches.js';
import { actorsOf, factualFrom, isStanceVerb, PARSE_WEIGHT, viewToken } from './clause-parse.js';
import { commaPartedHead } from './comma-coordinated.js';
import { exhortedStance } from './exhorted-stance.js';
import { admitsTarget, emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { stanceFactualEnd } from './desired-stance.js';
import { stanceVoided } from './stance-voids.js';
import { isClaimedAct } from './reported-claim.js';
import { pairKey } from './related-pairs.js';
import { quoteAt } from './sentence-view.js';
import { speakerAsThird } from './pronoun.js';
import { DETERMINERS } from './word-classes.js';
import { warnedOnlyTold } from './warned-about.js';
import { warnedThatOnlyTold } from './warned-that.js';

/** The clause frame's extra needs: the article's syntax, and the pairs already related here. */
export interface ClauseFrameEnv extends FrameEnv {
  syntax: SyntaxCache;
  /** `pairKey` of every pair the other frames related in this sentence. */
  related: { has(key: string): boolean };
}

/**
 * The clause frame's environment, written out as one literal in the order index.ts builds the
 * frames' own: a spread copy ("{ ...env, syntax, related }") gives V8 another object shape for
 * the same fields, and every function reading both slowed relation extraction by about a tenth.
 */
export function clauseEnv(
  env: FrameEnv,
  syntax: SyntaxCache,
  related: ClauseFrameEnv['related'],
): ClauseFrameEnv {
  const { ctx, cues, view, evidence, cueStarts, stanceVerbs, emit, owned, discourse } = env;
  return {
    ctx,
    cues,
    view,
    evidence,
    cueStarts,
    stanceVerbs,
    emit,
    owned,
    discourse,
    syntax,
    related,
  };
}

/** How far after the verb (or its "by") an object's or agent's actor may start. */
const OBJECT_REACH = 3;

/**
 * Stance verbs read through the sentence's syntax: the source heads the verb group's subject
 * (the by-agent of a passive; the antecedent of a relative pronoun; the controller of an
 * infinitive; the subject shared by coordinated verbs), the target heads its object or owns it
 * ("X attacked Y's policy"). `hits` are the cues the token frames found no ends for; only pairs
 * they left unrelated in the sentence are emitted. A sentence is parsed only when such a stance
 * verb has an actor before it and one after it.
 */
export function clauseFrame(env: ClauseFrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  // Both ends are phrases around the verb: an actor before it and one after it, or no parse.
  const actorBefore = (hit: CueHit): boolean =>
    view.units.some((u) => u.actor !== undefined && u.lastToken < hit.startToken);
  const stanceHits = hits.filter(
    (hit) =>
      hit.glued === undefined &&
      hit.forms.some(isStanceVerb) &&
      !nominal(env, hit) &&
      actorBefore(hit) &&
      actorRightAfter(env, hit),
  );
  if (stanceHits.length === 0) return;
  const syntax = env.syntax.get(view.sentence);
  if (syntax.question) return;
  for (const hit of stanceHits) {
    const verb = verbOfHit(syntax, hit);
    if (verb === undefined || verb.negated || verb.modal !== undefined) continue;
    if (governorDenied(syntax, verb) || subjectIsObject(syntax, verb)) continue;
    if (exhortedStance(env, syntax, verb, hit)) continue;
    const passive = verb.voice === 'passive';
    // "X was encouraged by Y's announcement": what moved X, not Y acting on X.
    if (passive && view.words[hit.endToken] === 'by' && ownedStimulus(view, hit, hit.endToken))
      continue;
    if (!passive && speakerPronoun(env, syntax, verb.subject, hit)) continue;
    if (!passive && objectAsSubject(env, syntax, verb, hit)) continue;
    const sources = actorsOf(env, syntax, passive ? verb.agent : verb.subject, false);
    const opposes = hit.forms.some((f) => isStanceVerb(f) && f.family.relation === 'OPPOSES');
    const objects = passive ? verb.subject : verb.object;
    const targets = actorsOf(env, syntax, objects, true, opposes);
    if (sources.actors.length === 0 || targets.actors.length === 0) continue;
    const from = factualFrom(env, syntax, verb, passive ? targets.first : sources.first);
    if (isNonFactual(env.cues, view, from, stanceFactualEnd(view, hit.startToken))) continue;
    const first = earliest(hit.startToken, sources.first, targets.first);
    if (isClaimedAct(env.cues, view, first, targets.first)) continue;
    const last = passive ? undefined : syntax.phrases[verb.object[verb.object.length - 1] ?? -1];
    const afterObject = last === undefined ? undefined : viewToken(env, syntax, last.end);
    // "X warned Y about the danger of Z": Y is only the one told.
    if (warnedOnlyTold(view, hit, afterObject)) continue;
    const told = new Set(targets.actors.map((a) => a.id));
    if (warnedThatOnlyTold(view, hit, afterObject, told)) continue;
    const firstObject = passive ? undefined : syntax.phrases[verb.object[0] ?? -1];
    const objectFrom =
      firstObject === undefined ? undefined : viewToken(env, syntax, firstObject.start);
    for (const form of hit.forms.filter(isStanceVerb)) {
      const at = { object: afterObject, verb: hit.startToken, from: objectFrom };
      if (stanceVoided(form.family.relation, view, at)) continue;
      for (const source of sources.actors)
        for (const target of targets.actors) {
          if (env.related.has(pairKey(source, target))) continue;
          if (!admitsTarget(form, target, view.words[afterObject ?? -1])) continue;
          emit(env, form.family.relation, source, target, form.weight * PARSE_WEIGHT);
        }
    }
  }
}

/**
 * "the Finance Minister", "the attacks": a capitalised word inside the sentence, or a word after
 * a determiner, is no verb.
 */
function nominal({ view }: ClauseFrameEnv, hit: CueHit): boolean {
  const first = view.sentenceText.charAt(hit.start - view.sentence.start);
  if (hit.startToken > 0 && first !== first.toLowerCase()) return true;
  return DETERMINERS.has(view.words[hit.startToken - 1] ?? '');
}

/**
 * An actor starts within OBJECT_REACH tokens after the verb: right after it, after a determiner,
 * or after "by" (a passive's agent). A word that is neither keeps the parse
 * from running: "condemned the attacks by X" has no actor as object.
 */
function actorRightAfter({ view }: ClauseFrameEnv, hit: CueHit): boolean {
  let t = hit.endToken;
  const agent = view.words[t] === 'by';
  if (agent) t++;
  for (let k = 0; k < OBJECT_REACH; k++, t++) {
    const unit = view.units[view.unitAt[t] ?? -1];
    if (unit !== undefined) return unit.actor !== undefined;
    const word = view.words[t] ?? '';
    // After "by" any words may open the agent ("by gallery owner X"); an object opens plainly.
    const opens = agent
      ? /^\p{L}/u.test(word)
      : DETERMINERS.has(word) || SYNTAX_WORDS.objectPremodifiers.has(word);
    if (!opens) return false;
  }
  return false;
}

/** The verb group whose main verb is the cue's first word. */
function verbOfHit(syntax: SentenceSyntax, hit: CueHit): VerbGroup | undefined {
  const t = tokenIndexAt(syntax.tokens, hit.start);
  const verb = syntax.verbs[syntax.verbAt[t] ?? -1];
  return verb?.main === t ? verb : undefined;
}

/** The earliest of the verb's token and the ends' first tokens that were found (not -1). */
function earliest(verb: number, source: number, target: number): number {
  let first = verb;
  if (source >= 0 && source < first) first = source;
  if (target >= 0 && target < first) first = target;
  return first;
}

/**
 * "Peru never said, blaming Chile", "X did not move to block Y": a verb that takes its subject
 * from an earlier verb (shared, controller) is no fact when that verb is negated or modal.
 */
function governorDenied(syntax: SentenceSyntax, verb: VerbGroup): boolean {
  if (verb.subjectSource !== 'shared' && verb.subjectSource !== 'controller') return false;
  const first = verb.subject[0];
  return syntax.verbs.some(
    (other) =>
      other.start < verb.start &&
      other.subject.includes(first ?? -1) &&
      (other.negated || other.modal !== undefined),
  );
}

/**
 * "Brazil praised Peru and other states condemned Japan": a subject phrase that is also an earlier
 * verb's object is read two ways; the parse does not decide.
 */
function subjectIsObject(syntax: SentenceSyntax, verb: VerbGroup): boolean {
  const first = syntax.phrases[verb.subject[0] ?? -1];
  if (first === undefined || verb.subjectSource !== 'clause') return false;
  return syntax.verbs.some(
    (other) =>
      other !== verb && (other.object.includes(verb.subject[0] ?? -1) || other.end === first.start),
  );
}

/** "X: 'I know why he backs Y'": the subject is a "he"/"she" read as the quote's own speaker. */
function speakerPronoun(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  phrases: readonly number[],
  hit: CueHit,
): boolean {
  const speakerId = quoteAt(env.view, hit.start)?.speakerId;
  if (speakerId === undefined) return false;
  return phrases.some((p) => {
    const head = syntax.phrases[p]?.head;
    if (head === undefined) return false;
    const unit = env.view.units[env.view.unitAt[viewToken(env, syntax, head)] ?? -1];
    return unit !== undefined && speakerAsThird(env.view, unit, speakerId);
  });
}

/** "X backs Y, condemns Z" misparsed: the subject the parse gives is the first verb's object. */
function objectAsSubject(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  verb: VerbGroup,
  hit: CueHit,
): boolean {
  const last = syntax.phrases[verb.subject[verb.subject.length - 1] ?? -1];
  if (last === undefined || verb.subjectSource !== 'clause') return false;
  return commaPartedHead(env, viewToken(env, syntax, last.head), hit.startToken);
}
