import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { emitPairs, type FrameEnv } from './frame-env.js';
import { thanksWords } from './thanks-words.js';
import type { Side } from './subject.js';
import { DETERMINERS, PUNCTUATION } from './word-classes.js';

const { thanksVerbs: THANKS_VERBS, thankedNouns: THANKED_NOUNS } = thanksWords();
/** "for its economic and technological aid": words that may modify the noun of help. */
const MODIFIER_REACH = 3;

/**
 * "X thanked Y for its support", "X thanks Y for economic aid": the thanks answer help that Y
 * gave X, so beside X's praise of Y, Y supports X. True when the phrase after Y names that help.
 */
function thanksForHelp(env: FrameEnv, target: Side): boolean {
  const { words } = env.view;
  let t = target.lastToken + 1;
  if (words[t] !== 'for') return false;
  t++;
  if (DETERMINERS.has(words[t] ?? '')) t++;
  for (let k = t; k <= t + MODIFIER_REACH && k < words.length; k++) {
    const word = words[k] ?? '';
    // "for the support of Z": the help is Z's, not Y's.
    if (THANKED_NOUNS.has(word)) return words[k + 1] !== 'of';
    if (PUNCTUATION.test(word) || (env.view.unitAt[k] ?? -1) >= 0) return false;
  }
  return false;
}

/** Emits the helper's SUPPORTS of the one thanking, after the thanks themselves were emitted. */
export function thankedSupport(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  ends: { source: Side; target: Side },
): void {
  if (form.family.relation !== 'SUPPORTS') return;
  if (!THANKS_VERBS.has(env.view.words[hit.startToken] ?? '')) return;
  if (thanksForHelp(env, ends.target)) emitPairs(env, form, ends.target, ends.source, hit);
}
