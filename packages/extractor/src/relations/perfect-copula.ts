import { perfectWords } from './perfect-words.js';
import { isAdverb } from './word-classes.js';

const PERFECT_AUXILIARIES = perfectWords().perfectAuxiliaries;
/** Adverbs that stand between the auxiliary and "been" and are not in -ly. */
const INNER_ADVERBS = perfectWords().perfectInnerAdverbs;
/** The perfect participles that link: "has been a critic of Y", "has become a critic of Y". */
const LINKS = perfectWords().perfectLinks;
/** What may open the agent phrase after "been": "a critic", "one of the critics", "among". */
const PHRASE_OPENERS = perfectWords().phraseOpeners;

/**
 * "X has been a critic of Y", "X has long been a supporter of Y", "X had always been openly
 * critical of Y", "X has become a fierce critic of Y": a perfect "been" (or "become") links the
 * subject to an agent noun as "is" does. At most one adverb stands between the auxiliary and
 * "been", and after "been" (and any -ly adverbs) comes a determiner, the cue itself (`cueToken`) or one adjective before it: not "has been meeting a
 * critic of Y", nor "has been primarily involved in ... as part of Y". "will be" is not read (a
 * prediction).
 */
export function opensPerfectCopula(words: readonly string[], t: number, cueToken: number): boolean {
  if (!PERFECT_AUXILIARIES.has(words[t] ?? '')) return false;
  const next = words[t + 1] ?? '';
  const been = LINKS.has(next) ? t + 1 : t + 2;
  if (been === t + 2 && !(INNER_ADVERBS.has(next) || isAdverb(next))) return false;
  if (!LINKS.has(words[been] ?? '')) return false;
  let at = been + 1;
  while (at < cueToken && isAdverb(words[at] ?? '')) at++;
  if (at === cueToken || PHRASE_OPENERS.has(words[at] ?? '')) return true;
  // "have been relentless critics of Y": one adjective right before the cue, not a participle.
  return at === cueToken - 1 && !/(?:ing|ed)$/.test(words[at] ?? '');
}

/** A present participle (past adverbs) right after a form of "be", other than "being"/"becoming". */
export function progressiveAfter(words: readonly string[], from: number, to: number): boolean {
  let t = from;
  while (t < to && isAdverb(words[t] ?? '')) t++;
  const word = words[t] ?? '';
  return (
    t < to && word.length > 5 && word.endsWith('ing') && word !== 'being' && word !== 'becoming'
  );
}
