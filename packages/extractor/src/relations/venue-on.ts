import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { phraseWords } from './phrase-words.js';
import type { Side } from './subject.js';
import { DETERMINERS, PUNCTUATION } from './word-classes.js';

/**
 * "X denounced the torture of her husband on Y", "X took a shot at his former rival on Y": after
 * a verb whose object is a phrase naming no actor, an actor after "on" is where the act was done
 * (a network, a broadcaster), not its target. Verbs whose cue names "on" ("imposed sanctions on
 * Y") and verbs of blame ("blamed the attack on Y") keep it. Undefined for such a venue.
 */
export function venueAfterObject(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  target: Side,
): Side | undefined {
  const { words } = env.view;
  if (form.via !== undefined) return target;
  if (phraseWords().blameVerbs.has(words[hit.endToken - 1] ?? '')) return target;
  return actorAfterObject(env, hit, target, (word) => word === 'on') ? undefined : target;
}

/**
 * The target stands after a preposition `accepts` takes ("on", "outside"), and between the cue
 * and that preposition stands the verb's own object: a phrase of its own, with a word besides
 * determiners, no actor, no other cue and no mark.
 */
export function actorAfterObject(
  env: FrameEnv,
  hit: CueHit,
  target: Side,
  accepts: (word: string) => boolean,
): boolean {
  const { words } = env.view;
  const prep = DETERMINERS.has(words[target.firstToken - 1] ?? '')
    ? target.firstToken - 2
    : target.firstToken - 1;
  if (!accepts(words[prep] ?? '') || prep <= hit.endToken) return false;
  let plain = 0;
  for (let t = hit.endToken; t < prep; t++) {
    const word = words[t] ?? '';
    if ((env.view.unitAt[t] ?? -1) >= 0 || env.cueStarts.has(t) || PUNCTUATION.test(word))
      return false;
    if (!DETERMINERS.has(word)) plain++;
  }
  return plain > 0;
}
