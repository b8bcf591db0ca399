import { recallWords } from './recall-28-words.js';
import { PUNCTUATION } from './word-classes.js';

const { purposeGoing, willingAfterNegator } = recallWords();
/** How many words of the place ("the floor", "the state airwaves") may stand before "to". */
const PLACE_REACH = 4;

/**
 * "X took to the floor to denounce Y", "X appeared on television to defend Y": going
 * somewhere with a purpose infinitive reports the act done there. True when such a phrase and
 * a short place with no punctuation stand right before the "to" at `to`. (The subject's reach
 * still counts the place's words: "took to the House floor to" finds no subject yet.)
 */
export function purposeAfterGoing(words: readonly string[], to: number): boolean {
  for (let t = to - 1; t >= Math.max(0, to - 1 - PLACE_REACH); t--) {
    const word = words[t] ?? '';
    if (word === 'to' || word === 'on') {
      const from = Math.max(0, t - 2);
      for (let k = from; k < t; k++) if (purposeGoing.matchAt(words, k) === t + 1 - k) return true;
    }
    if (PUNCTUATION.test(word)) return false;
  }
  return false;
}

/** "did not hesitate to", "was not shy about", "never afraid to": the negator at `t` affirms. */
export function negatorAffirms(words: readonly string[], t: number): boolean {
  return willingAfterNegator.has(words[t + 1] ?? '');
}

/** "did not hesitate to criticise", "never afraid to back": the "to" at `to` after them is licensed. */
export function willingInfinitive(words: readonly string[], to: number): boolean {
  const before = words[to - 2] ?? '';
  const negated = before === 'not' || before === 'never' || before.endsWith("n't");
  return negated && negatorAffirms(words, to - 2);
}
