import { isGerund } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { PREPOSITIONS, isAdverb } from './word-classes.js';

/**
 * "Washington saw Moscow largely propping up Y", "X watched Z criticising Y": a gerund right
 * after a name (adverbs aside, no comma) that is not a preposition's object has that name as its
 * doer, the object of the verb before it, so the subject found further back does not act. The
 * name may read as a place ("Moscow") and still be the doer. With a comma ("X sued Z, accusing
 * Y") the participle shares the clause's subject, and so it does after a preposition's object
 * ("X spent a week in Moscow attacking Y"). True when `subject`, found before that name, would
 * otherwise take the gerund.
 */
export function gerundAfterActor(view: SentenceView, verb: number, subject: Side): boolean {
  if (!isGerund(view.words[verb] ?? '') || subject.lastToken >= verb - 1) return false;
  let t = verb - 1;
  while (t >= 0 && isAdverb(view.words[t] ?? '')) t--;
  const unit = view.units[view.unitAt[t] ?? -1];
  if (unit === undefined || unit.lastToken !== t) return false;
  const before = view.words[unit.firstToken - 1] ?? '';
  return !PREPOSITIONS.has(before) && !PREPOSITIONS.has(view.words[unit.firstToken - 2] ?? '');
}
