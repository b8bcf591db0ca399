import type { CompiledCues } from './cue-lexicon.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { SUBJECT_OPENERS, isPunctuation } from './word-classes.js';

/** A body's people named by "members": they act together for it ("Members of Y condemned Z"). */
const MEMBERS = 'members';

/**
 * "Officials of Y condemned Z", "the members of the Y party signed a letter criticising Z",
 * "leaders in Y welcomed Z": the body after "of" (the place after "in") is who the people
 * governing it or making it up act for, when their noun opens the clause. `i` is the
 * preposition. A counted or qualified head ("Some members of Y", "two officials of Y") is a part
 * of the body, and a head that is itself an object ("met leaders of Y") no subject: both give
 * false.
 */
export function governingHeadOpens(view: SentenceView, cues: CompiledCues, i: number): boolean {
  const prep = view.words[i];
  const head = view.words[i - 1] ?? '';
  if (prep !== 'of' && prep !== 'in') return false;
  const governing = phraseWords().governingNouns.has(head);
  if (!governing && !(prep === 'of' && head === MEMBERS)) return false;
  if ((view.unitAt[i - 1] ?? -1) >= 0) return false;
  const start = view.words[i - 2] === 'the' ? i - 2 : i - 1;
  if (start === 0) return true;
  const before = view.words[start - 1] ?? '';
  return (
    isPunctuation(before) || SUBJECT_OPENERS.has(before) || cues.context.speechVerbs.has(before)
  );
}
