import { isPastForm } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { isAdverb, OBJECT_PRONOUNS } from './word-classes.js';

/** Finite auxiliaries and modals that open a relative clause's verb group ("that had ..."). */
export const FINITE: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
]);

/**
 * "rejected polls that suggested Y ...", "praised a group that had backed Y": the word at `t`,
 * right after a relative pronoun, is the verb of a relative clause on the object (after at
 * most one -ly adverb): a past form, an irregular past or a finite auxiliary. An actor inside
 * that clause is the clause's, not the object of the verb before it. "the bill that Y proposed"
 * (the pronoun is the clause's object) is not such a clause.
 */
export function subjectRelativeVerb(view: SentenceView, t: number): boolean {
  let at = t;
  if (isAdverb(view.words[at] ?? '')) at++;
  if ((view.unitAt[at] ?? -1) >= 0) return false;
  const word = view.words[at] ?? '';
  return FINITE.has(word) || isPastForm(word);
}

/**
 * "grappled with so many allegations that the chief called them a cancer", "such a row that Y
 * sent it back": the clause after the pronoun at `t` has a subject (the unit there, "the" aside),
 * a verb and an object pronoun of its own, so no gap is left for the noun before it. It is a
 * clause of result or content, and its subject is not the object's owner.
 */
export function filledClause(view: SentenceView, t: number): boolean {
  const first = view.words[t + 1] === 'the' ? t + 2 : t + 1;
  const unit = view.units[view.unitAt[first] ?? -1];
  if (unit?.firstToken !== first) return false;
  let at = unit.lastToken + 1;
  if (isAdverb(view.words[at] ?? '')) at++;
  const verb = view.words[at] ?? '';
  if (!/^\p{Ll}{3,}$/u.test(verb)) return false;
  const object = view.words[at + 1] ?? '';
  return object === 'it' || OBJECT_PRONOUNS.has(object);
}
