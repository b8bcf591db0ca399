import type { NounPhrase, SentenceSyntax, VerbGroup } from '../syntax/index.js';
import type { ActorRef } from './article-context.js';
import type { ClauseFrameEnv } from './clause-frame.js';
import type { CueForm } from './cue-lexicon.js';
import { modifier } from './confidence.js';
import { countedPeople, isNationalNoun, isPersonNoun } from './person-noun.js';
import { isHyphenated, tokenAt } from './sentence-view.js';
import { isStance } from './structural.js';
import { inTopicComplement, modifiesIssue, undergoneAfter } from './topic-complement.js';
import { possessesPeople } from './possessed-people.js';

// What the clause frame reads from a sentence's parse: the actors its phrases stand for, and the
// token from which a verb group's negation and modality are read.

/** A little below the token frames: the parse is statistical. */
export const PARSE_WEIGHT = modifier('parsed-clause');

/** A verb cue of a stance with no preposition of its own: the forms the clause frame reads. */
export function isStanceVerb(form: CueForm): boolean {
  return form.family.frame === 'verb' && isStance(form.family.relation) && form.via === undefined;
}

/**
 * The actors heading phrases (for a target, also the possessor of a phrase no actor heads), and
 * the first view token of the first phrase. `peers`: an opposing cue's target, whose possessor's
 * allies and partners are others (possessed-people.ts).
 */
export function actorsOf(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  phrases: readonly number[],
  possessor: boolean,
  peers = false,
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
    // "praised Y's daughter", "accused Y's critics": those people are the object, not Y.
    if (
      actor === undefined &&
      possessor &&
      owner !== undefined &&
      !undergoes(env, syntax, owner) &&
      !ownsPeople(env, syntax, owner, peers)
    )
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

function ownsPeople(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  owner: NounPhrase,
  peers: boolean,
): boolean {
  const { view } = env;
  const unit = view.units[view.unitAt[viewToken(env, syntax, owner.head)] ?? -1];
  return unit !== undefined && possessesPeople(view, unit, peers);
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

export function viewToken(env: ClauseFrameEnv, syntax: SentenceSyntax, t: number): number {
  return tokenAt(env.view, syntax.tokens[t]?.start ?? env.view.sentence.end);
}

function actorAt(env: ClauseFrameEnv, syntax: SentenceSyntax, t: number): ActorRef | undefined {
  const { view } = env;
  const unit = view.units[view.unitAt[viewToken(env, syntax, t)] ?? -1];
  // "Pro-Moscow leaders": a name glued by a hyphen only modifies.
  if (unit === undefined || isHyphenated(view, unit) || isPersonNoun(view, unit)) return undefined;
  // "arrested a Rwandan on ...": one person of the state; "targeted EU membership": a topic.
  if (isNationalNoun(view, unit) || modifiesIssue(view, unit)) return undefined;
  // "Two Syrians attacked Y", "charged three Syrians": people of the state, counted.
  if (countedPeople(view, unit)) return undefined;
  return unit.actor;
}

/**
 * Where negation and modality are read from: the subject for a subject in the clause, else the
 * verb group's clause start (the relative pronoun, "and", the controlling verb's clause).
 */
export function factualFrom(
  env: ClauseFrameEnv,
  syntax: SentenceSyntax,
  verb: VerbGroup,
  subjectFirst: number,
): number {
  if (verb.subjectSource === 'clause' || verb.voice === 'passive') return Math.max(0, subjectFirst);
  const clause = syntax.clauses[verb.clause];
  return viewToken(env, syntax, clause?.start ?? verb.start);
}
