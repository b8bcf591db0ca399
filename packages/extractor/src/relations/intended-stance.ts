import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { intentionWords } from './intention-words.js';
import { possessorOf, pronounPossessor } from './noun-frame.js';
import { personalPossessor } from './possessive-pronoun.js';
import { upperAt } from './sentence-view.js';
import { isStance } from './structural.js';
import type { Side } from './subject.js';
import { isAdverb } from './word-classes.js';

/**
 * "X's decision to back Y", "his pledge to fight Y", "the X decision to sanction Y": the owner of
 * a noun of settled intention (`intentionNouns`) takes the stance of the infinitive after it,
 * as "X decided to back Y" does; so does the owner of a noun of urging ("his call to ban Y",
 * `urgingNouns`), as the one urging does in "X urged Z to ban Y". The owner is the possessor or the name right before the noun,
 * or the actor a possessive pronoun stands for; nothing when the pronoun could be two people's.
 * "decision not to back Y" has no noun before "to"; a question or a hypothetical clause before
 * the noun ("if X's decision to ...") gives nothing.
 */
export function intendedStanceSource(env: FrameEnv, hit: CueHit, form: CueForm): Side | undefined {
  if (form.shape !== 'bare' || !isStance(form.family.relation)) return undefined;
  const { view } = env;
  let to = hit.startToken - 1;
  if (isAdverb(view.words[to] ?? '')) to--;
  const noun = to - 1;
  const { intentionNouns, urgingNouns } = intentionWords();
  const word = view.words[noun] ?? '';
  if (view.words[to] !== 'to' || !(intentionNouns.has(word) || urgingNouns.has(word)))
    return undefined;
  if (view.question || env.cues.context.hypothetical.occursIn(view.words, 0, noun))
    return undefined;
  const owner =
    possessorOf(env, noun) ?? pronounPossessor(env, noun) ?? personalPossessor(env, noun);
  return owner ?? undefined;
}

/**
 * "Manchin's decision to support Tillerson essentially guarantees U.S. approval": a capitalised
 * word between the infinitive and the target found is a name the article has no actor for; the
 * stance is that name's, not the later actor's.
 */
export function passesUnknownName(env: FrameEnv, hit: CueHit, target: Side): boolean {
  for (let t = hit.endToken; t < target.firstToken; t++) if (upperAt(env.view, t)) return true;
  return false;
}
