import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { targetOf, type FrameEnv } from './frame-env.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { PUNCTUATION } from './word-classes.js';
import { warnedThatOnlyTold } from './warned-that.js';
import wordsJson from './warning-words.json' with { type: 'json' };

const WarningWordsSchema = z.object({
  description: z.string(),
  warningVerbs: z.array(LowerWord).min(1),
  ownerWords: z.array(LowerWord).min(1),
  adviceVerbs: z.array(LowerWord).min(1),
});

interface WarningWords {
  warningVerbs: ReadonlySet<string>;
  ownerWords: ReadonlySet<string>;
  adviceVerbs: ReadonlySet<string>;
}

let cached: WarningWords | undefined;

/** Words of the warned-addressee rule (warning-words.json), validated once. */
export function warningWords(): WarningWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(WarningWordsSchema, wordsJson, 'relations/warning-words.json');
  cached = {
    warningVerbs: new Set(lists.warningVerbs),
    ownerWords: new Set(lists.ownerWords),
    adviceVerbs: new Set(lists.adviceVerbs),
  };
  return cached;
}

/** "the internal affairs committee of Y's lower house of parliament about": words up to "about". */
const ABOUT_REACH = 6;

/**
 * "X warned the committee of Y's parliament about the danger of Z", "X tried to warn Y about a
 * coming attack": the object of a verb of warning followed by "about" is the one told, so the
 * stance is on the actor the warning is about, or on none. "X warned Y about its missile tests"
 * (the topic is Y's own) and "X warned Y against ..." keep Y; "X warned Y that ..." is read by
 * `warnedThatOnlyTold`.
 */
export function warnedAbout(
  env: FrameEnv,
  hit: CueHit,
  form: CueForm,
  target: Side,
): Side | undefined {
  const { words, unitAt } = env.view;
  const { warningVerbs, ownerWords } = warningWords();
  if (form.family.relation !== 'OPPOSES' || !warningVerbs.has(words[hit.endToken - 1] ?? ''))
    return target;
  const told = new Set(target.actors.map((a) => a.id));
  if (warnedThatOnlyTold(env.view, hit, target.lastToken + 1, told)) return undefined;
  for (let t = target.lastToken + 1; t <= target.lastToken + ABOUT_REACH; t++) {
    const word = words[t] ?? '';
    if (word === 'about') {
      if (ownerWords.has(words[t + 1] ?? '')) return target;
      return targetOf(env, { ...hit, endToken: t + 1 }, form);
    }
    if (word === '' || PUNCTUATION.test(word) || (unitAt[t] ?? -1) >= 0) return target;
  }
  return target;
}

/**
 * The same reading for the clause parse: a verb of warning whose object ends right before
 * "about" (not "about its ...") states no stance toward that object. `after` is the first token
 * after the object.
 */
export function warnedOnlyTold(
  view: SentenceView,
  hit: CueHit,
  after: number | undefined,
): boolean {
  const { warningVerbs, ownerWords } = warningWords();
  if (after === undefined || !warningVerbs.has(view.words[hit.endToken - 1] ?? '')) return false;
  return view.words[after] === 'about' && !ownerWords.has(view.words[after + 1] ?? '');
}
