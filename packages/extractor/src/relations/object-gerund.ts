import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { frameWords } from './frame-words.js';
import type { SentenceView } from './sentence-view.js';

/** How far before "of"/"for" the verb whose object does the gerund's act may stand. */
const VERB_WINDOW = 6;

/**
 * "Russia accused the West of arming Y", "X praised the court for backing Y": a stance gerund
 * after "of" or "for" that follows the object of an accusing or praising verb
 * (`objectDoerVerbs`) is that object's act. The caller asks this only when no actor stands in
 * the object, so the act is nobody's in the sentence, never the subject's.
 */
export function objectDoesGerund(view: SentenceView, hit: CueHit, form: CueForm): boolean {
  if (form.shape !== 'gerund') return false;
  const before = view.words[hit.startToken - 1];
  if (before !== 'of' && before !== 'for') return false;
  const verbs = frameWords().objectDoerVerbs;
  // The object stands between the verb and "of": at least one word.
  for (let t = hit.startToken - 3; t >= Math.max(0, hit.startToken - 2 - VERB_WINDOW); t--)
    if (verbs.has(view.words[t] ?? '')) return true;
  return false;
}
