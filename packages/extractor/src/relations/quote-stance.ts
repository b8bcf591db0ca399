import type { CueHit } from './cue-matches.js';
import type { CueForm } from './cue-lexicon.js';
import { judgedActor } from './evaluation-frame.js';
import { opensAbsolute } from './absolute-with.js';
import { addressedJudged } from './addressed-quote.js';
import { isQuestion, reportInQuote } from './quoted-report.js';
import { STRUCTURAL, emit, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { quoteAt, tokenAt, type QuoteRegion } from './sentence-view.js';
import { COPULAS, DETERMINERS, HAVE_FORMS, OBJECT_BOUNDARIES } from './word-classes.js';
import { endCertainty, relationConfidence } from './confidence.js';
import type { ActorRef } from './article-context.js';
import { isRated } from './vader/rated-forms.js';
import { frameWords } from './frame-words.js';
import { ratedPosition } from './vader/rated-position.js';

// A speaker's own words are the speaker's judgement: "Y's decision is a grave mistake," said S.
// The evaluation frame needs a judging or speech verb before its cue; inside attributed speech the
// attribution is that verb, and the speaker is the judge (confidence.json ends: quote-speaker).

/** Words that end the judged clause going back from the cue: an earlier clause is another's. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set([';', ':', '"', '“', '”', '—', '–']);

/**
 * For evaluation cues the token frames left unresolved: inside a quote attributed to speaker S,
 * a clause opening with an actor Y (or what Y owns) and a copula before the cue ("Y was wrong",
 * "Y's attack was barbaric", "Y has been a reliable partner") gives S OPPOSES/SUPPORTS Y.
 * Negated, modal, conditional or questioned clauses, and judgements the quote reports from others
 * ("critics say Y is wrong"), give nothing.
 */
export function quoteStance(env: FrameEnv, unresolved: readonly CueHit[]): void {
  for (const hit of unresolved) {
    for (const form of hit.forms) {
      if (form.family.frame === 'evaluation') judgeInQuote(env, hit, form);
      if (form.family.frame === 'noun' && !STRUCTURAL.has(form.family.relation))
        ownStanceInQuote(env, hit, form);
      if (form.family.frame === 'reported') reportInQuote(env, hit, form);
    }
  }
}

function judgeInQuote(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view, cues, ctx } = env;
  const cueToken = hit.startToken;
  const region = quoteAt(view, view.tokens[cueToken]?.start ?? -1);
  if (region?.speakerId === undefined || isQuestion(env, region, cueToken)) return;
  const speaker = ctx.actor(region.speakerId);
  if (speaker === undefined) return;
  const start = clauseStart(env, region, cueToken);
  if (start === undefined || isNonFactual(cues, view, start, cueToken)) return;
  const target = judgedActor(env, start, cueToken) ?? addressedJudged(env, region, start);
  if (target === undefined || holdsView(env, target.lastToken + 1, cueToken)) return;
  // Inside a quote no verb of judging names the judge: a rated word must judge an act or plan.
  if (isRated(form) && !ratedPosition(env, hit, { side: target, byJudgingVerb: false })) return;
  emitFromSpeaker(env, form, speaker, target);
}

/**
 * "Our (full) support for Y is unwavering," said S: a stance noun owned by the speaker and
 * opening the quoted clause is S's. Elsewhere in the clause the noun frame reads "our" through
 * the clause's subject ("we reaffirm our support for Y"); "our lack of support" gives nothing.
 */
function ownStanceInQuote(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view, cues, ctx } = env;
  const region = quoteAt(view, view.tokens[hit.startToken]?.start ?? -1);
  if (region?.speakerId === undefined || isQuestion(env, region, hit.startToken)) return;
  const speaker = ctx.actor(region.speakerId);
  const owner = speakerPossessive(env, region, hit.startToken);
  if (speaker === undefined || owner === undefined) return;
  if (isNonFactual(cues, view, owner, hit.startToken)) return;
  const target = targetOf(env, hit, form);
  if (target !== undefined) emitFromSpeaker(env, form, speaker, target);
}

/** "China believes it is a threat": a verb of saying or believing after the actor makes it the judge. */
function holdsView(env: FrameEnv, from: number, to: number): boolean {
  const { words } = env.view;
  for (let t = from; t < to; t++)
    if (BELIEF_VERBS.has(words[t] ?? '') || env.cues.context.speechVerbs.has(words[t] ?? ''))
      return true;
  return false;
}

const BELIEF_VERBS = frameWords().beliefVerbs;

/** The speaker's stance toward each judged actor other than the speaker. */
function emitFromSpeaker(
  env: FrameEnv,
  form: CueForm,
  speaker: ActorRef,
  target: { actors: readonly ActorRef[]; certainty: number },
): void {
  const confidence = relationConfidence({
    base: form.weight,
    ends: [endCertainty('quote-speaker'), target.certainty],
  });
  for (const t of target.actors)
    if (t.id !== speaker.id) emit(env, form.family.relation, speaker, t, confidence);
}

/** The token of "our"/"my" opening the quoted clause right before the cue (one modifier between). */
function speakerPossessive(
  env: FrameEnv,
  region: QuoteRegion,
  cueToken: number,
): number | undefined {
  const { view, cues } = env;
  let t = cueToken - 1;
  const between = view.words[t] ?? '';
  if (!SPEAKER_POSSESSIVES.has(between)) {
    const plain =
      /^\p{Ll}+$/u.test(between) &&
      !DETERMINERS.has(between) &&
      !OBJECT_BOUNDARIES.has(between) &&
      cues.context.negators.matchAt(view.words, t) === 0;
    if (!plain) return undefined;
    t--;
  }
  if (!SPEAKER_POSSESSIVES.has(view.words[t] ?? '')) return undefined;
  const previous = view.words[t - 1];
  const opens =
    t === tokenAt(view, region.start) || (previous !== undefined && CLAUSE_STARTS.has(previous));
  return opens ? t : undefined;
}

const SPEAKER_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'my']);

/**
 * The first token of the judged clause: the quote's start or the token after a clause mark, with
 * a copula between it and the cue and no verb of speech or judgement (that one names its own
 * judge, and the evaluation frame reads it). Undefined when the clause is not a plain judgement.
 */
function clauseStart(env: FrameEnv, region: QuoteRegion, cueToken: number): number | undefined {
  const { view, cues } = env;
  const first = tokenAt(view, region.start);
  let copula = false;
  let commaSince = false;
  let t = cueToken - 1;
  for (; t >= first; t--) {
    const word = view.words[t] ?? '';
    // "We respect Y, but Z's blockade is illegal": the clause after "but" is asserted on its own.
    if (CLAUSE_STARTS.has(word) || word === 'but') break;
    if (cues.context.speechVerbs.has(word) || cues.context.evaluationVerbs.has(word))
      return undefined;
    if (!commaSince && opensAbsolute(view, t)) return undefined;
    if (word === ',') commaSince = true;
    if (COPULAS.has(word) || isPerfectBe(view.words, t)) copula = true;
  }
  return copula ? t + 1 : undefined;
}

/** "has been", "have been": a copula in the perfect ("would have been" is a modal's). */
function isPerfectBe(words: readonly string[], t: number): boolean {
  return words[t] === 'been' && HAVE_FORMS.has(words[t - 1] ?? '');
}
