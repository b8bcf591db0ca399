import type { CompiledCues } from './cue-lexicon.js';
import { predictedFuture } from './future-modality.js';
import { reportedIntention } from './reported-would.js';
import { modalityWords } from './modality-words.js';
import { hypotheticalIn } from './hedged-object.js';
import { quoteAt, type SentenceView } from './sentence-view.js';
import { subjectAsideEnd } from './subject-aside.js';
import { negatorAffirms, purposeAfterGoing, willingInfinitive } from './willing-act.js';
import { DETERMINERS, HAVE_FORMS, PUNCTUATION, isAdverb, isNumber } from './word-classes.js';

/**
 * True when the cue at `cueToken` does not state a fact: a question, a negation, a modal, a
 * proposal or an unlicensed infinitive between its subject (from `from`) and the cue, or a
 * hypothetical ("if", "whether") anywhere earlier in its clause.
 */
export function isNonFactual(
  cues: CompiledCues,
  view: SentenceView,
  from: number,
  cueToken: number,
): boolean {
  if (view.question) return true;
  const { context } = cues;
  const words = view.words;
  const adjunct = factualAdjunct(view, cueToken);
  for (let t = Math.max(0, from, contrastBefore(view, from, cueToken)); t < cueToken; t++) {
    const word = words[t] ?? '';
    // "X, which has vowed to ..., criticised Y": the relative clause states its own facts.
    if (word === ',' && RELATIVE_OPENERS.has(words[t + 1] ?? '')) {
      const close = words.indexOf(',', t + 2);
      if (close > t && close < cueToken) {
        t = close;
        continue;
      }
    }
    const aside = subjectAsideEnd(view, from, t, cueToken);
    if (aside > t) {
      t = aside;
      continue;
    }
    // "Theresa May condemned", "in May criticised": a name or a month, not the modal.
    if ((view.unitAt[t] ?? -1) >= 0 || isMonthMay(view, t)) continue;
    // "not only criticised X but also ...", "didn't just blame X": adds, does not deny.
    if ((word === 'not' || word.endsWith("n't")) && ADDITIVE.has(words[t + 1] ?? '')) continue;
    if ((word === 'not' || word === 'never' || word.endsWith("n't")) && negatorAffirms(words, t))
      continue;
    if (word.endsWith("n't") || word === 'cannot' || HEDGES.has(word)) return true;
    // "X said it would veto Y": a declared intention, the past of "says it will".
    if (reportedIntention(cues, view, t)) continue;
    if (context.negators.matchAt(words, t) > 0 || context.modals.matchAt(words, t) > 0) return true;
    if (t < adjunct && context.proposals.matchAt(words, t) > 0) continue;
    if (context.proposals.matchAt(words, t) > 0 || predictedFuture(cues, view, t, cueToken))
      return true;
    if (
      word === 'to' &&
      isInfinitive(view, t, cueToken) &&
      !context.infinitiveLicensors.occursIn(words, t - 3, t) &&
      !purposeAfterGoing(words, t) &&
      !willingInfinitive(words, t)
    ) {
      return true;
    }
  }
  return hypotheticalIn(cues, words, clauseStart(view, cueToken), cueToken);
}

/**
 * "X demanded payment after hitting Y with a fine": a gerund after "after" or "while" tells what
 * happened, so a proposal in the clause it hangs on does not reach it (negators and modals still
 * do). The preposition's token, or -1.
 */
function factualAdjunct(view: SentenceView, cueToken: number): number {
  const before = cueToken - 1;
  const word = view.words[before];
  if (word !== 'after' && word !== 'while') return -1;
  return (view.words[cueToken] ?? '').endsWith('ing') ? before : -1;
}

const ADDITIVE = modalityWords().additiveAdverbs;
const HEDGES = modalityWords().hedgeAdverbs;
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);
const BUT_ADVERBS = modalityWords().contrastAdverbs;

/**
 * "refused to back X but praised Y": a verb right after "but" (adverbs and "has" aside) starts its own
 * predicate; what the first one denied does not reach it. So does a past verb after "and" that
 * follows an object ("accused X of planning to ..., and also accused Y"), not one after a verb
 * ("may have accused and attacked Y"), and a verb in "-s" after a headline's comma. The token after
 * that "but", "and" or comma, or 0.
 */
function contrastBefore(view: SentenceView, from: number, cueToken: number): number {
  const t = wordBefore(view, from, cueToken, false);
  if (t <= from) return 0;
  if (view.words[t] === 'but') return t + 1;
  // "Syria denies breaking the truce, accuses Israel": a headline's comma before a verb in the
  // present tense's "-s" starts a second predicate (a base form may still be under the first's
  // negation: "did not criticise X, blame Y or ...").
  if (view.words[t] === ',' && /^\p{Ll}+[^s]s$/u.test(view.words[cueToken] ?? '')) return t + 1;
  // "but has now condemned Y": a perfect's auxiliary too, after "but" only.
  const perfect = wordBefore(view, from, cueToken, true);
  if (perfect > from && view.words[perfect] === 'but') return perfect + 1;
  return view.words[t] === 'and' && coordinatedPast(view, t, cueToken) ? t + 1 : 0;
}

/** The token before the cue past adverbs (and, with `perfect`, "has"/"have"/"had"). */
function wordBefore(view: SentenceView, from: number, cueToken: number, perfect: boolean): number {
  let t = cueToken - 1;
  for (; t > from; t--) {
    const word = view.words[t] ?? '';
    if (!BUT_ADVERBS.has(word) && !isAdverb(word) && !(perfect && HAVE_FORMS.has(word))) break;
  }
  return t;
}

/** The cue is a past-tense verb and the word before "and" is no verb of its own. */
function coordinatedPast(view: SentenceView, and: number, cueToken: number): boolean {
  const before = view.words[and - 1] ?? '';
  const prior = before === ',' ? (view.words[and - 2] ?? '') : before;
  return (view.words[cueToken] ?? '').endsWith('ed') && !prior.endsWith('ed') && prior !== 'to';
}

const BEFORE_MONTH = modalityWords().beforeMonth;

/** "May" written capitalised inside a sentence after a time preposition or before a day number. */
function isMonthMay(view: SentenceView, t: number): boolean {
  if (view.words[t] !== 'may' || t === 0 || !/^May$/.test(textAt(view, t))) return false;
  return BEFORE_MONTH.has(view.words[t - 1] ?? '') || isNumber(view.words[t + 1] ?? '');
}

/** "to" followed by a verb (or by the cue itself) rather than by a noun phrase. */
export function isInfinitive(view: SentenceView, t: number, cueToken: number): boolean {
  if (t + 1 === cueToken) return true;
  const next = view.words[t + 1];
  if (next === undefined || (view.unitAt[t + 1] ?? -1) >= 0) return false;
  return (
    /^\p{Ll}+$/u.test(textAt(view, t + 1)) &&
    !DETERMINERS.has(next) &&
    !isNumber(next) &&
    !PUNCTUATION.test(next)
  );
}

/** First token of the clause holding `cueToken`: after the last ";" or ":", or the quote start. */
function clauseStart(view: SentenceView, cueToken: number): number {
  const quote = quoteAt(view, view.tokens[cueToken]?.start ?? view.sentence.end);
  for (let t = cueToken - 1; t >= 0; t--) {
    const word = view.words[t];
    if (word === ';' || word === ':') return t + 1;
    if (quote && (view.tokens[t]?.start ?? 0) < quote.start) return t + 1;
  }
  return 0;
}

function textAt(view: SentenceView, t: number): string {
  const token = view.tokens[t];
  if (token === undefined) return '';
  return view.sentenceText.slice(
    token.start - view.sentence.start,
    token.end - view.sentence.start,
  );
}
