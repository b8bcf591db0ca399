import { adjunctWords } from './adjunct-words.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
import { givenNameGender } from '../stages/name-gender.js';
import type { ActorRef } from './article-context.js';
import { actorBeforeVerb, beforeAuxiliaries } from './reported-frame.js';
import { isHyphenated } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { BE_AUXILIARIES, DETERMINERS } from './word-classes.js';
import { endCertainty } from './confidence.js';

/** Words that open a verb's own object: "whom Peru praised him" is not about the antecedent. */
const OBJECTS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'that', 'what']);

/**
 * The subject of an object relative clause: "Chile, whom Peru has long praised, ...": the actor
 * right after "whom" (`objectRelatives`), with only auxiliaries and adverbs before the verb. (After
 * "which"/"who" the subject search finds it; after "whom" it does not stand where a subject stands.)
 */
export function relativeClauseSubject(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.shape === 'gerund') return undefined;
  const { view } = env;
  const u = actorBeforeVerb(view, hit.startToken);
  const unit = view.units[u];
  if (unit === undefined) return pronounAfterWhom(env, hit.startToken);
  if (view.words[unit.firstToken - 1] !== 'whom') return undefined;
  return antecedentBefore(env, unit.firstToken - 1) === undefined ? undefined : sideOf(view, u);
}

/**
 * "X has met Y, whom he has praised": a "he"/"she" after "whom" is not the antecedent Y, so it is
 * the one other person named before Y (`otherPersonBefore`). The side stands at the pronoun, so
 * that the target search finds the antecedent behind "whom".
 */
function pronounAfterWhom(env: FrameEnv, verb: number): Side | undefined {
  const { view } = env;
  const t = beforeAuxiliaries(view, verb);
  const word = view.words[t] ?? '';
  if ((word !== 'he' && word !== 'she') || view.words[t - 1] !== 'whom') return undefined;
  const antecedent = antecedentBefore(env, t - 1);
  if (antecedent === undefined) return undefined;
  const person = otherPersonBefore(env, antecedent, word === 'he' ? 'male' : 'female');
  if (person === undefined) return undefined;
  return {
    actors: [person],
    firstToken: t,
    lastToken: t,
    certainty: endCertainty('relative-pronoun'),
  };
}

/**
 * The one person named before the antecedent, other than it and not of the other gender by given
 * name, with no speech verb or "that" between (the reported clause may be about anyone);
 * undefined when none or several.
 */
function otherPersonBefore(env: FrameEnv, antecedent: Side, gender: Gender): ActorRef | undefined {
  const { view } = env;
  const own = new Set(antecedent.actors.map((a) => a.id));
  const people = new Map<string, ActorRef>();
  let last = -1;
  for (const unit of view.units) {
    if (unit.lastToken >= antecedent.firstToken) break;
    if (unit.actor?.type !== 'Person' || own.has(unit.actor.id)) continue;
    const given = givenNameGender(speakerWords(), env.ctx.entities.get(unit.actor.id)?.name ?? '');
    if (given !== undefined && given !== gender) continue;
    people.set(unit.actor.id, unit.actor);
    last = unit.lastToken;
  }
  const [only] = people.values();
  if (people.size !== 1 || only === undefined) return undefined;
  for (let t = last + 1; t < antecedent.firstToken; t++) {
    const word = view.words[t] ?? '';
    if (word === 'that' || env.cues.context.speechVerbs.has(word)) return undefined;
  }
  return only;
}

/**
 * The target of a stance verb in an object relative clause: "Chile, whom (which, who) Peru has
 * praised, ..." points at Chile. The verb must take no object of its own: the word after it is
 * no actor, determiner or object pronoun ("praised for its courage", "backed last year").
 */
export function relativeClauseTarget(env: FrameEnv, hit: CueHit, source: Side): Side | undefined {
  const { view } = env;
  if (BE_AUXILIARIES.has(view.words[hit.startToken - 1] ?? '')) return undefined;
  const next = view.words[hit.endToken] ?? '.';
  if ((view.unitAt[hit.endToken] ?? -1) >= 0 || DETERMINERS.has(next) || OBJECTS.has(next))
    return undefined;
  const antecedent = antecedentBefore(env, source.firstToken - 1);
  if (antecedent === undefined) return undefined;
  return { ...antecedent, certainty: antecedent.certainty * endCertainty('relative-pronoun') };
}

/** The actor right before ", whom" when the pronoun sits at `pronoun`. */
function antecedentBefore(env: FrameEnv, pronoun: number): Side | undefined {
  const { view } = env;
  if (!adjunctWords().objectRelatives.has(view.words[pronoun] ?? '')) return undefined;
  if (view.words[pronoun - 1] !== ',') return undefined;
  const u = view.unitAt[pronoun - 2] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor || isHyphenated(view, unit)) return undefined;
  return sideOf(view, u);
}
