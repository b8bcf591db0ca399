import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';

/** How far after the stance noun's first word its "on" may stand ("air strikes on"). */
const ON_REACH = 3;

/**
 * "X blamed the attack on Y", "X blames the recent bombings on Y": after a verb of blame whose
 * cue ends at `from`, the stance noun at `t` ("attack on") is part of the object, and its "on"
 * names the one blamed; the verb's target search goes on past it. Not when an actor or a reason
 * ("blamed Z for the attack on Y") stands between the verb and the noun.
 */
export function blamedOn(view: SentenceView, from: number, t: number): boolean {
  if (!phraseWords().blameVerbs.has(view.words[from - 1] ?? '')) return false;
  for (let k = from; k < t; k++) {
    if ((view.unitAt[k] ?? -1) >= 0 || !/^[\p{Ll}'-]+$/u.test(view.words[k] ?? '')) return false;
    if (view.words[k] === 'for') return false;
  }
  for (let k = t + 1; k <= t + ON_REACH; k++) if (view.words[k] === 'on') return true;
  return false;
}
