import {
  SYNTAX_WORDS,
  type NounPhrase,
  type SentenceSyntax,
  type SyntaxCache,
  type VerbGroup,
} from '../syntax/index.js';
import { tokenIndexAt } from '../text/tokenize.js';
import type { ActorRef } from './article-context.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { adjunctWords } from './adjunct-words.js';
import { controllerPastAdjuncts } from './adjunct-controller.js';
import { emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { isNationalNoun, isPersonNoun } from './person-noun.js';
import { scoreVoids } from './score-report.js';
import { isClaimedAct } from './reported-claim.js';
import { isHyphenated, quoteAt, tokenAt } from './sentence-view.js';
import { isStance } from './structural.js';
import { speakerAsThird } from './pronoun.js';
import { inTopicComplement, modifiesIssue, undergoneAfter } from './topic-complement.js';
import { DETERMINERS } from './word-classes.js';
import { modifier } from './confidence.js';

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
/** A little below the token frames: the parse is statistical. */
const PARSE_WEIGHT = modifier('parsed-clause');

/** An unordered key for a pair of actors. */
export function pairKey(a: ActorRef, b: ActorRef): string {
  return a.id < b.id ? `${a.id}\u0000${b.id}` : `${b.id}\u0000${a.id}`;
}

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
    if (!passive && speakerPronoun(env, syntax, verb.subject, hit)) continue;
    const sources = actorsOf(env, syntax, passive ? verb.agent : verb.subject, false);
    const targets = actorsOf(env, syntax, passive ? verb.subject : verb.object, true);
    if (sources.actors.length === 0 || targets.actors.length === 0) continue;
    const from = factualFrom(env, syntax, verb, passive ? targets.first : sources.first);
    if (isNonFactual(env.cues, view, from, hit.startToken)) continue;
    const first = earliest(hit.startToken, sources.first, targets.first);
    if (isClaimedAct(env.cues, view, first, targets.first)) continue;
    const last = passive ? undefined : syntax.phrases[verb.object[verb.object.length - 1] ?? -1];
    const afterObject = last === undefined ? undefined : viewToken(env, syntax, last.end);
    const firstObject = passive ? undefined : syntax.phrases[verb.object[0] ?? -1];
    const objectFrom =
      firstObject === undefined ? undefined : viewToken(env, syntax, firstObject.start);
    for (const form of hit.forms.filter(isStanceVerb)) {
      const at = { object: afterObject, verb: hit.startToken, from: objectFrom };
      if (scoreVoids(form.family.relation, view, at)) continue;
      for (const source of sources.actors)
        for (const target of targets.actors) {
          if (env.related.has(pairKey(source, target))) continue;
          emit(env, form.family.relation, source, target, form.weight * PARSE_WEIGHT);
        }
    }
  }
}

/**
 * "X urged voters to back Y", "X called on Z to condemn Y": the one urging takes the stance it
 * urges on others. The infinitive's controller is the urging verb's object, and that verb is a
 * demand cue (`demand` families), or that object is a thing issued to serve the stance ("X
 * released an ad to attack Y"); the urging verb must be factual. True when it applied.
 */
function exhortedStance(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  verb: VerbGroup,
  hit: CueHit,
): boolean {
  // "to back Y", not "to stop attacking Y": the stance verb is the infinitive itself.
  if (!verb.infinitive || syntax.words[verb.main - 1] !== 'to') return false;
  const past = controllerPastAdjuncts(syntax, verb);
  const urging = past?.urging ?? urgingVerb(syntax, verb);
  if (urging === undefined || urging.negated || urging.modal !== undefined) return false;
  const controlled = past !== undefined || verb.subjectSource === 'controller';
  const main = syntax.words[urging.main] ?? '';
  const phrase = `${main} ${syntax.words[urging.main + 1] ?? ''}`;
  const demand = (key: string): boolean =>
    env.cues.forms.get(key)?.some((form) => form.family.frame === 'demand') === true;
  // "X launched a website to attack Y": a thing X issues (`stanceCarriers`) serves X's stance.
  const controller = syntax.phrases[past?.controller ?? verb.subject[0] ?? -1];
  const carrier =
    controlled && env.cues.context.stanceCarriers.has(syntax.words[controller?.head ?? -1] ?? '');
  // "X used the summit to attack Y": the object of a verb of purpose serves the subject's stance.
  const purpose = controlled && adjunctWords().purposeVerbs.has(main);
  if (!demand(main) && !demand(phrase) && !carrier && !purpose) return false;
  const sources = actorsOf(env, syntax, urging.subject, false);
  const targets = actorsOf(env, syntax, verb.object, true);
  const urgingToken = viewToken(env, syntax, urging.main);
  const from = factualFrom(env, syntax, urging, sources.first);
  if (isNonFactual(env.cues, env.view, from, urgingToken)) return true;
  for (const form of hit.forms.filter(isStanceVerb))
    for (const source of sources.actors)
      for (const target of targets.actors)
        if (source.id !== target.id && !env.related.has(pairKey(source, target)))
          emit(env, form.family.relation, source, target, form.weight * PARSE_WEIGHT);
  return true;
}

/** The verb whose object ("urged Z to"), or whose "on"/"upon" phrase ("called on Z to"), controls it. */
function urgingVerb(syntax: SentenceSyntax, verb: VerbGroup): VerbGroup | undefined {
  if (verb.subjectSource === 'controller')
    return syntax.verbs.find((v) => v.object.includes(verb.subject[0] ?? -1));
  if (verb.subject.length > 0) return undefined;
  const phrase = syntax.phrases[syntax.phraseAt[verb.start - 1] ?? -1];
  if (phrase === undefined || phrase.end !== verb.start) return undefined;
  const on = syntax.words[phrase.start - 1];
  if (on !== 'on' && on !== 'upon') return undefined;
  return syntax.verbs.find((v) => v.end === phrase.start - 1);
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

function isStanceVerb(form: CueForm): boolean {
  return form.family.frame === 'verb' && isStance(form.family.relation) && form.via === undefined;
}

/** The verb group whose main verb is the cue's first word. */
function verbOfHit(syntax: SentenceSyntax, hit: CueHit): VerbGroup | undefined {
  const t = tokenIndexAt(syntax.tokens, hit.start);
  const verb = syntax.verbs[syntax.verbAt[t] ?? -1];
  return verb?.main === t ? verb : undefined;
}

/**
 * The actors heading phrases (for a target, also the possessor of a phrase no actor heads), and
 * the first view token of the first phrase.
 */
function actorsOf(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  phrases: readonly number[],
  possessor: boolean,
): { actors: ActorRef[]; first: number } {
  const actors: ActorRef[] = [];
  let first = -1;
  for (const p of phrases) {
    const phrase = syntax.phrases[p];
    if (phrase === undefined) continue;
    if (first < 0) first = viewToken(env, syntax, phrase.start);
    const owner = syntax.phrases[phrase.possessor ?? -1];
    // "rejected appeals against X's release": the verb's stance is on the appeals, not on X.
    if (possessor && (phrase.preposition === 'against' || owner?.preposition === 'against'))
      continue;
    let actor = actorAt(env, syntax, phrase.head);
    // "the idea of Russia hosting Y was dismissed": Y is what the idea is about.
    if (actor !== undefined && possessor && topical(env, syntax, phrase.head)) continue;
    // "condemned Navalny's arrest": the possessor undergoes what the stance is on.
    if (actor === undefined && possessor && owner !== undefined && !undergoes(env, syntax, owner))
      actor = actorAt(env, syntax, owner.head);
    if (actor === undefined && !possessor) actor = representedBy(env, syntax, phrase);
    if (actor !== undefined && !actors.some((a) => a.id === actor.id)) actors.push(actor);
  }
  return { actors, first };
}

/**
 * "Israeli leaders", "Chile's foreign ministry": a subject headed by a representative noun
 * (cues.json `representativeHeads`) acts for the one actor modifying or owning it.
 */
function representedBy(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  phrase: NounPhrase,
): ActorRef | undefined {
  const { view, cues } = env;
  if (
    cues.context.representativeHeads.matchAt(view.words, viewToken(env, syntax, phrase.head)) === 0
  )
    return undefined;
  const owner = syntax.phrases[phrase.possessor ?? -1];
  const from = owner?.start ?? phrase.start;
  const found = new Set<ActorRef>();
  for (let t = from; t < phrase.head; t++) {
    const actor = actorAt(env, syntax, t);
    if (actor !== undefined) found.add(actor);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The earliest of the verb's token and the ends' first tokens that were found (not -1). */
function earliest(verb: number, source: number, target: number): number {
  let first = verb;
  if (source >= 0 && source < first) first = source;
  if (target >= 0 && target < first) first = target;
  return first;
}

function undergoes(env: ClauseFrameEnv, syntax: SentenceSyntax, owner: NounPhrase): boolean {
  const { view } = env;
  const unit = view.units[view.unitAt[viewToken(env, syntax, owner.head)] ?? -1];
  return unit !== undefined && undergoneAfter(view, unit.lastToken) >= 0;
}

function topical(env: ClauseFrameEnv, syntax: SentenceSyntax, head: number): boolean {
  const { view } = env;
  const unit = view.units[view.unitAt[viewToken(env, syntax, head)] ?? -1];
  return unit !== undefined && inTopicComplement(view, unit.firstToken);
}

function viewToken(env: ClauseFrameEnv, syntax: SentenceSyntax, t: number): number {
  return tokenAt(env.view, syntax.tokens[t]?.start ?? env.view.sentence.end);
}

function actorAt(env: ClauseFrameEnv, syntax: SentenceSyntax, t: number): ActorRef | undefined {
  const { view } = env;
  const unit = view.units[view.unitAt[viewToken(env, syntax, t)] ?? -1];
  // "Pro-Moscow leaders": a name glued by a hyphen only modifies.
  if (unit === undefined || isHyphenated(view, unit) || isPersonNoun(view, unit)) return undefined;
  // "arrested a Rwandan on ...": one person of the state; "targeted EU membership": a topic.
  if (isNationalNoun(view, unit) || modifiesIssue(view, unit)) return undefined;
  return unit.actor;
}

/**
 * Where negation and modality are read from: the subject for a subject in the clause, else the
 * verb group's clause start (the relative pronoun, "and", the controlling verb's clause).
 */
function factualFrom(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  verb: VerbGroup,
  subjectFirst: number,
): number {
  if (verb.subjectSource === 'clause' || verb.voice === 'passive') return Math.max(0, subjectFirst);
  const clause = syntax.clauses[verb.clause];
  return viewToken(env, syntax, clause?.start ?? verb.start);
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
