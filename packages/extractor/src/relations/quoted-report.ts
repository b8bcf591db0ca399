import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { addressedJudged } from './addressed-quote.js';
import { emit, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { beforeAuxiliaries } from './reported-frame.js';
import { reportedDoer } from './reported-judgement.js';
import { quoteAt, tokenAt, type QuoteRegion } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { endCertainty, relationConfidence } from './confidence.js';

/** Words after which a quoted clause begins. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  ',',
  '"',
  '“',
  '—',
  '–',
  'and',
  'but',
]);

/**
 * `"Y lied to voters," S said`, `S told Z: "You have betrayed us."`: a deed of the `reported`
 * families ("lied", "betrayed") whose doer opens a clause of a quote attributed to S, an actor
 * or the "you" S told it to, is S's judgement of the doer, as "S said Y lied" is. Questions,
 * negation and modals in the clause give nothing.
 */
export function reportInQuote(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view, ctx, cues } = env;
  const region = quoteAt(view, view.tokens[hit.startToken]?.start ?? -1);
  if (region?.speakerId === undefined || isQuestion(env, region, hit.startToken)) return;
  const speaker = ctx.actor(region.speakerId);
  const found = doerOf(env, region, hit.startToken);
  if (speaker === undefined || found === undefined) return;
  const { doer, start } = found;
  if (!opensClause(env, region, start)) return;
  if (isNonFactual(cues, view, doer.firstToken, hit.startToken)) return;
  const confidence = relationConfidence({
    base: form.weight,
    ends: [endCertainty('quote-speaker'), doer.certainty],
  });
  for (const t of doer.actors)
    if (t.id !== speaker.id) emit(env, form.family.relation, speaker, t, confidence);
}

/**
 * The doer before the deed (`reportedDoer`: "Y is doing a great job", "Y's policies have
 * failed") and where its phrase starts, or the one told a quote's "you" there.
 */
function doerOf(
  env: FrameEnv,
  region: QuoteRegion,
  verb: number,
): { doer: Side; start: number } | undefined {
  const { view } = env;
  const found = reportedDoer(env.cues, view, verb);
  const side = found === undefined ? undefined : sideOf(view, found.unit);
  if (found !== undefined && side !== undefined)
    return { doer: side, start: Math.min(found.start, side.firstToken) };
  const addressed = addressedJudged(env, region, beforeAuxiliaries(view, verb));
  return addressed === undefined ? undefined : { doer: addressed, start: addressed.firstToken };
}

/** The doer stands first in the quote or after a clause mark inside it. */
function opensClause(env: FrameEnv, region: QuoteRegion, first: number): boolean {
  const { view } = env;
  if (first === tokenAt(view, region.start)) return true;
  const before = view.tokens[first - 1];
  return (
    before !== undefined &&
    before.start >= region.start &&
    CLAUSE_MARKS.has(view.words[first - 1] ?? '')
  );
}

/** A question mark between the cue at `cueToken` and the quote's end makes it a question. */
export function isQuestion(env: FrameEnv, region: QuoteRegion, cueToken: number): boolean {
  const { view } = env;
  const from = (view.tokens[cueToken]?.start ?? region.start) - view.sentence.start;
  return view.sentenceText.slice(from, region.end - view.sentence.start).includes('?');
}
