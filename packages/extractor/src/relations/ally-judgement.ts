import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { blockedBetween, emitPairs, type FrameEnv } from './frame-env.js';
import { formerly } from './formerly.js';
import { isNonFactual } from './modality.js';
import { findSubject } from './subject.js';
import { sideOf } from './target.js';

/** Words that open the noun phrase the object is held for ("a key ally", "its closest ally"). */
const OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'its', 'their', 'the', 'another']);

/** Lower-case modifiers between the opener and the cue ("its most important ally"). */
const MAX_MODIFIERS = 3;

/**
 * "Japan considers Australia a key ally", "Washington sees Seoul as its closest ally", "X regards
 * Y and Z as allies": the subject of a verb of calling or regarding holds its object for its own
 * ally. True when the cue stands in such a phrase (handled, whether or not it held a fact). The
 * cue must close the phrase: "an ally of Z" names Z's ally (the agent frame's).
 */
export function judgedAlly(env: FrameEnv, hit: CueHit, form: CueForm): boolean {
  const { view, cues } = env;
  if (form.family.relation !== 'ALLIED_WITH') return false;
  const next = view.words[hit.endToken];
  if (next === 'of' || next === 'to' || next === 'and') return false;
  const objectEnd = objectBefore(view.words, hit.startToken);
  const u = view.unitAt[objectEnd] ?? -1;
  if (!view.units[u]?.actor) return false;
  const target = sideOf(view, u);
  if (target === undefined || target.lastToken !== objectEnd) return false;
  let verb = target.firstToken - 1;
  if (view.words[verb] === 'the') verb--;
  if (!cues.context.evaluationVerbs.has(view.words[verb] ?? '')) return false;
  const source = findSubject({ ctx: env.ctx, cues, view, cueToken: verb, reach: 'verb' });
  if (source === undefined) return false;
  const factual =
    !isNonFactual(cues, view, source.firstToken, hit.startToken) &&
    !blockedBetween(env, target.lastToken + 1, hit.startToken) &&
    !formerly(view, source.lastToken + 1, hit.startToken);
  if (factual) emitPairs(env, form, source, target, hit);
  return true;
}

/**
 * The token that ends the object before "(as) (one of) a/its (modifiers) ally", or -1: "sees
 * Seoul as its closest ally", "calls Canberra one of its most trusted allies".
 */
function objectBefore(words: readonly string[], cueToken: number): number {
  let t = cueToken - 1;
  for (let k = 0; k < MAX_MODIFIERS; k++, t--) {
    const word = words[t] ?? '';
    if (OPENERS.has(word) || word === 'as' || !/^\p{Ll}[\p{Ll}-]*$/u.test(word)) break;
  }
  // "Trump called NATO allies obsolete": with neither an opener nor "as", the name owns the cue.
  const opened = OPENERS.has(words[t] ?? '');
  if (opened) {
    t--;
    if (words[t] === 'of' && words[t - 1] === 'one') t -= 2;
  }
  if (words[t] === 'as') return t - 1;
  return opened ? t : -1;
}
