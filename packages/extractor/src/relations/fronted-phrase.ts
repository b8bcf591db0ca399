import { SYNTAX_WORDS } from '../syntax/syntax-words.js';
import type { CompiledCues } from './cue-lexicon.js';
import { frameWords } from './frame-words.js';
import { phraseWords } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import { BE_AUXILIARIES, PUNCTUATION } from './word-classes.js';

/** Prepositions that open a sentence with an adjunct before its subject ("In a statement X said"). */
const FRONTED_OPENERS = frameWords().frontedOpeners;

const { have, do: doForms, modals } = SYNTAX_WORDS;
/** Auxiliaries and modals (the syntax layer's lists): verbs, never part of a descriptor or a role before a name. */
export const AUXILIARIES: ReadonlySet<string> = new Set([...have, ...doForms, ...modals]);

/** A name right after one of these is the object of a preposition, not a subject. */
const BEFORE_OBJECT: ReadonlySet<string> = new Set([
  ...FRONTED_OPENERS,
  'of',
  'with',
  'by',
  'to',
  'from',
  'about',
  'against',
  'between',
  'among',
  'into',
  'as',
  'like',
]);

/** How many words such an adjunct or a descriptor before a name may span. */
const REACH = 8;

/**
 * True when the words from the sentence start up to token `i` are only an adjunct or a
 * descriptor, so the name after them stands where a subject stands: a fronted phrase with no
 * comma ("Throughout his campaign X has criticised", "In recent weeks X officials have") or a
 * descriptor opening the sentence ("Ad agency X praised", "Trade group X said"). Any verb-like
 * word, punctuation or clause word in between rules it out.
 */
export function frontedBeforeSubject(
  view: SentenceView,
  cues: CompiledCues,
  i: number,
  cue: number,
): boolean {
  if (i < 0 || i >= REACH || BEFORE_OBJECT.has(view.words[i] ?? '')) return false;
  for (let t = 0; t <= i; t++) {
    const word = view.words[t] ?? '';
    if (PUNCTUATION.test(word) || word === "'s" || !/^[\p{L}\d-]+$/u.test(word)) return false;
    if (AUXILIARIES.has(word) || BE_AUXILIARIES.has(word) || cues.context.speechVerbs.has(word))
      return false;
    if (['that', 'who', 'which', 'and', 'or', 'but', 'to'].includes(word)) return false;
    if ((view.unitAt[t] ?? -1) >= 0) continue;
    if (t > 0 && /(?:ed|ing)$/u.test(word)) return false;
  }
  const first = view.words[0] ?? '';
  if (FRONTED_OPENERS.has(first)) return true;
  // A descriptor of up to four words, holding no preposition: "Daytime talk show host X praised",
  // not "The son of former President X".
  if (i > 3 || view.words.slice(0, i + 1).some((word) => BEFORE_OBJECT.has(word))) return false;
  return !nameBeforeVerb(view, cues, { i, cue });
}

/**
 * "X met Y and later criticised Z", "X chides Y and praises Z": a name followed by a past-tense
 * verb or a present-tense verb cue is a subject, so the name after the verb is its object, not a
 * subject behind a descriptor ("Ad agency X praised"). Before a cue in -s at `cue`, any word in
 * -s after the name is that verb ("X meets Y and condemns Z"): a plural noun there ("X aides")
 * would not agree with it.
 */
function nameBeforeVerb(
  view: SentenceView,
  cues: CompiledCues,
  at: { i: number; cue: number },
): boolean {
  const pasts = phraseWords().irregularPasts;
  const present = isPresentVerbCue(cues, view.words[at.cue] ?? '');
  for (let t = 1; t <= at.i; t++) {
    if ((view.unitAt[t - 1] ?? -1) < 0 || (view.unitAt[t] ?? -1) >= 0) continue;
    const word = view.words[t] ?? '';
    if (pasts.has(word) || isPresentVerbCue(cues, word)) return true;
    if (present && isPresentWord(word)) return true;
  }
  return false;
}

/** A lower-case word in -s (not "-ss"): after a subject, a present-tense verb. */
export function isPresentWord(word: string): boolean {
  return /^\p{Ll}{2,}s$/u.test(word) && !word.endsWith('ss');
}

/** "chides", "backs": a word in -s that is a form of a verb cue, so a present-tense verb. */
export function isPresentVerbCue(cues: CompiledCues, word: string): boolean {
  if (!word.endsWith('s')) return false;
  return cues.forms.get(word)?.some((form) => form.family.frame === 'verb') ?? false;
}
