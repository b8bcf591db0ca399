import { adjunctWords } from './adjunct-words.js';
import type { CueForm } from './cue-lexicon.js';
import { mainSubjectAfter } from './fronted-participle.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { isHyphenated, type SentenceView } from './sentence-view.js';
import { findSubject } from './subject.js';
import { sideOf } from './target.js';
import { HAVE_FORMS, isAdverb } from './word-classes.js';
import { relationConfidence } from './confidence.js';
import { isReportingVerb, reportedDoer, reportingVerbBefore } from './reported-judgement.js';

/**
 * A deed a speaker reports of an actor, which judges it: "X said Y lied", "X says that Y has
 * misled voters", "X said Y did a good job" (`reported` families). The actor stands right
 * before the deed (perfect auxiliaries and adverbs aside; "was misled" is no deed of Y's) and
 * right after the speech verb or its "that"; the speaker is that verb's subject. Negation,
 * modals and hypotheticals between the speaker and the deed give nothing. A speech gerund opening
 * the sentence reports for the main clause's subject after the comma.
 */
export function reportedFrame(env: FrameEnv, hit: CueHit, form: CueForm): void {
  const { view, cues } = env;
  const doer = reportedDoer(cues, view, hit.startToken);
  if (doer === undefined) return;
  const reported = sideOf(view, doer.unit);
  if (reported === undefined) return;
  const speech = reportingVerbBefore(cues, view, Math.min(doer.start, reported.firstToken));
  // "Saying Y had lied, X walked out": a speech gerund opening the sentence is the main subject's.
  const fronted = speech === 0 && adjunctWords().frontedSpeechGerunds.has(view.words[0] ?? '');
  if (!fronted && !isReportingVerb(cues, view.words[speech] ?? '')) return;
  const source = fronted
    ? mainSubjectAfter(env, hit.endToken)
    : findSubject({ ctx: env.ctx, cues, view, cueToken: speech, reach: 'verb' });
  if (source === undefined) return;
  if (isNonFactual(cues, view, Math.min(source.firstToken, speech), hit.startToken)) return;
  const confidence = relationConfidence({
    base: form.weight,
    ends: [source.certainty, reported.certainty],
  });
  for (const s of source.actors)
    for (const r of reported.actors)
      if (s.id !== r.id)
        env.emit({
          type: form.family.relation,
          source: s,
          target: r,
          confidence,
          evidence: env.evidence,
        });
}

/**
 * The unit of the actor right before the verb at `verb`, perfect auxiliaries and adverbs aside
 * ("Y had long lied", "whom Peru has praised"), and not glued into a hyphenated modifier; or -1.
 */
export function actorBeforeVerb(view: SentenceView, verb: number): number {
  const t = beforeAuxiliaries(view, verb);
  const u = view.unitAt[t] ?? -1;
  const unit = view.units[u];
  return unit?.actor && !isHyphenated(view, unit) ? u : -1;
}

/** The token before `verb` once perfect auxiliaries and adverbs are passed ("Y had long lied"). */
export function beforeAuxiliaries(view: SentenceView, verb: number): number {
  let t = verb - 1;
  while (t >= 0 && (HAVE_FORMS.has(view.words[t] ?? '') || isAdverb(view.words[t] ?? ''))) t--;
  return t;
}
