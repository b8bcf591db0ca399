import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { recallWords } from './recall-28-words.js';

const RECEIVING = recallWords().receivingVerbs;
/** How many words (a determiner, modifiers) may stand between the verb and the noun. */
const REACH = 3;

/**
 * "X received complaints about Y", "X faced fierce criticism of Y's plan": the stance noun is the
 * object of a verb of receiving or meeting, so the clause's subject is not the one who holds it.
 */
export function receivedNoun(env: FrameEnv, hit: CueHit): boolean {
  const { view } = env;
  for (let t = hit.startToken - 1; t >= Math.max(0, hit.startToken - 1 - REACH); t--) {
    const word = view.words[t] ?? '';
    if (RECEIVING.has(word)) return true;
    if ((view.unitAt[t] ?? -1) >= 0 || !/^\p{Ll}+$/u.test(word)) return false;
  }
  return false;
}
