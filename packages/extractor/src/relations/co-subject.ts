import type { ActorRef } from './article-context.js';
import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';
import { sideOf } from './target.js';
import { DETERMINERS, HAVE_FORMS, isAdverb } from './word-classes.js';

const OPENERS = frameWords().coSubjectOpeners;

/**
 * "Germany, along with France, criticised Russia", "X, like Y, has backed Z": the actors of an
 * aside right after the subject (ending at `subjectEnd`) that names more doers of the act at
 * `verb`. The aside holds only actors, "and" and determiners, and its closing comma stands right
 * before the verb (adverbs and "has/have/had" may come between). Empty when there is none.
 */
export function coSubjectActors(view: SentenceView, subjectEnd: number, verb: number): ActorRef[] {
  const { words } = view;
  if (words[subjectEnd + 1] !== ',') return [];
  const start = openerEnd(words, subjectEnd + 2);
  if (start < 0) return [];
  const actors: ActorRef[] = [];
  for (let t = start; t < verb; t++) {
    const word = words[t] ?? '';
    const u = view.unitAt[t] ?? -1;
    if (u >= 0) {
      const side = sideOf(view, u);
      if (side === undefined) return [];
      actors.push(...side.actors);
      t = side.lastToken;
    } else if (word === ',') {
      return actors.length > 0 && onlyAuxiliaries(words, t + 1, verb) ? actors : [];
    } else if (word !== 'and' && !DETERMINERS.has(word)) return [];
  }
  return [];
}

/** The token after the co-subject opener starting at `at`, or -1. */
function openerEnd(words: readonly string[], at: number): number {
  for (const phrase of OPENERS) {
    if (phrase.every((w, i) => words[at + i] === w)) return at + phrase.length;
  }
  return -1;
}

function onlyAuxiliaries(words: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const word = words[t] ?? '';
    if (!isAdverb(word) && !HAVE_FORMS.has(word)) return false;
  }
  return true;
}
