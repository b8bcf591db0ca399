import type { CompiledCues } from './cue-lexicon.js';
import { frameWords } from './frame-words.js';
import { AUXILIARIES, isPresentVerbCue, isPresentWord } from './fronted-phrase.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { BE_AUXILIARIES, DETERMINERS, PREPOSITIONS, isAdverb } from './word-classes.js';

/** Lower-case words a name's premodifier may hold after its actor ("presidential candidate"). */
const MAX_ROLE_WORDS = 3;

/**
 * "Democratic incumbent Barbara Boxer", "GOP presidential candidate Jane Doe", "Trump adviser
 * X", "the billionaire mogul X": where the noun phrase a name heads begins when an actor or "the"
 * and one to three lower-case words (a role) stand before it; `first` itself when they do not.
 * Whether that phrase opens a clause is then read before the actor, as for the name alone. Only
 * a person's name has a role; a word in -ed or -ing, a common irregular past, or a verb cue in
 * -s, is a verb, not a role; nor is a head in -s before a present-tense verb cue, with which a
 * plural role would not agree.
 */
export function premodifiedStart(
  view: SentenceView,
  cues: CompiledCues,
  span: { first: number; cue: number },
): number {
  const { first } = span;
  if (view.units[view.unitAt[first] ?? -1]?.actor?.type !== 'Person') return first;
  // "X meets Y and condemns Z": a plural head ("aides") names no subject of a verb in -s.
  const head = view.words[first - 1] ?? '';
  if (isPresentWord(head) && isPresentVerbCue(cues, view.words[span.cue] ?? '')) return first;
  let t = first - 1;
  let words = 0;
  while (words < MAX_ROLE_WORDS && roleWord(view, cues, t)) {
    t--;
    words++;
  }
  if (words === 0) return first;
  // "In May, the billionaire mogul X has emerged as a critic of Y": "the" opens the role too.
  if (view.words[t] === 'the') return t;
  const unit = view.units[view.unitAt[t] ?? -1];
  return unit?.actor === undefined ? first : unit.firstToken;
}

function roleWord(view: SentenceView, cues: CompiledCues, t: number): boolean {
  const word = view.words[t] ?? '';
  return (
    (view.unitAt[t] ?? -1) < 0 &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
    !DETERMINERS.has(word) &&
    !PREPOSITIONS.has(word) &&
    !isAdverb(word) &&
    // "France condemned Russian leader X": a verb is no part of a role.
    !/(?:ed|ing)$/u.test(word) &&
    !phraseWords().irregularPasts.has(word) &&
    // "Putin backs Trump and condemns Y": nor is a present-tense verb, unless it may be a title.
    (!isPresentVerbCue(cues, word) || frameWords().titleVerbs.has(word)) &&
    // "X did not back Y, condemned Z": nor an auxiliary or a negation.
    !AUXILIARIES.has(word) &&
    !BE_AUXILIARIES.has(word) &&
    word !== 'not' &&
    word !== 'and' &&
    word !== 'or'
  );
}
