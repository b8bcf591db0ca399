import type { CompiledCues } from './cue-lexicon.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { SUBJECT_OPENERS, isPunctuation } from './word-classes.js';

/**
 * "Officials of Y condemned Z", "leaders in Y welcomed Z": the body after "of" (the place after
 * "in") is who the people governing it act for, when their noun opens the clause. `i` is the
 * preposition. "Members of Y" are only people of Y: a stance of the body needs the body, its
 * leadership or its spokespeople (GUIDELINES.md), so members give false. A counted or qualified
 * head ("two officials of Y") is a part of the body, and a head that is itself an object ("met
 * leaders of Y") no subject: both give false too.
 */
export function governingHeadOpens(view: SentenceView, cues: CompiledCues, i: number): boolean {
  const prep = view.words[i];
  const head = view.words[i - 1] ?? '';
  if (prep !== 'of' && prep !== 'in') return false;
  if (!phraseWords().governingNouns.has(head)) return false;
  if ((view.unitAt[i - 1] ?? -1) >= 0) return false;
  const start = view.words[i - 2] === 'the' ? i - 2 : i - 1;
  if (start === 0) return true;
  const before = view.words[start - 1] ?? '';
  return (
    isPunctuation(before) || SUBJECT_OPENERS.has(before) || cues.context.speechVerbs.has(before)
  );
}
