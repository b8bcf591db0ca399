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
  const on = DETERMINERS.has(words[target.firstToken - 1] ?? '')
    ? target.firstToken - 2
    : target.firstToken - 1;
  if (words[on] !== 'on' || on <= hit.endToken) return target;
  let plain = 0;
  for (let t = hit.endToken; t < on; t++) {
    const word = words[t] ?? '';
    // The object must be a phrase of its own, holding no actor and no other cue.
    if ((env.view.unitAt[t] ?? -1) >= 0 || env.cueStarts.has(t) || PUNCTUATION.test(word))
      return target;
    if (!DETERMINERS.has(word)) plain++;
  }
  return plain > 0 ? undefined : target;
}
