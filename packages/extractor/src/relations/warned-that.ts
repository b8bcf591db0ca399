import type { CueHit } from './cue-matches.js';
import type { SentenceView } from './sentence-view.js';
import { warningWords } from './warned-about.js';
import { PRONOUN_SUBJECTS, PUNCTUATION } from './word-classes.js';

/** Words between the one warned and "that": "on Friday", "lawmakers in a speech last month". */
const ADJUNCT_REACH = 8;
/** Words between the clause's subject and its verb: "they still need to". */
const MODAL_REACH = 3;

/**
 * "X warned Y that Z cannot be trusted", "X warned Y on Friday that they need to work hard": the
 * object of a verb of warning followed by a "that" clause is the one told. The clause is about a
 * third actor when that actor is its subject, and it is advice when the one told (or a pronoun)
 * "needs to" act; neither states a stance toward the one told. "warned Y that it would face
 * sanctions" (a threat) and "that it must withdraw" (a demand) keep Y. `after` is the first token after the object;
 * `told` holds the ids of the actors the object names.
 */
export function warnedThatOnlyTold(
  view: SentenceView,
  hit: CueHit,
  after: number | undefined,
  told: ReadonlySet<string>,
): boolean {
  const { words } = view;
  if (after === undefined || !warningWords().warningVerbs.has(words[hit.endToken - 1] ?? ''))
    return false;
  let that = after;
  while (words[that] !== 'that') {
    const word = words[that] ?? '';
    if (that - after >= ADJUNCT_REACH || word === '' || PUNCTUATION.test(word)) return false;
    if ((view.unitAt[that] ?? -1) >= 0) return false;
    that++;
  }
  const first = words[that + 1] === 'the' ? that + 2 : that + 1;
  const unit = view.units[view.unitAt[first] ?? -1];
  if (unit?.actor !== undefined && unit.firstToken === first) {
    if (!told.has(unit.actor.id)) return true;
    return advisedAfter(view, unit.lastToken + 1);
  }
  return PRONOUN_SUBJECTS.has(words[first] ?? '') && advisedAfter(view, first + 1);
}

/** "need" before "to" within a few words from `from`. */
function advisedAfter(view: SentenceView, from: number): boolean {
  const { adviceVerbs } = warningWords();
  for (let t = from; t < from + MODAL_REACH; t++) {
    const word = view.words[t] ?? '';
    if (adviceVerbs.has(word)) return view.words[t + 1] === 'to';
    if (word === '' || PUNCTUATION.test(word) || (view.unitAt[t] ?? -1) >= 0) return false;
  }
  return false;
}
