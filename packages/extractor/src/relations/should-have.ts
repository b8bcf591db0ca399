import type { FrameEnv } from './frame-env.js';
import { isQuoteMark } from './quoted-predicate.js';
import { emit } from './frame-env.js';
import { governmentSide } from './government-anaphor.js';
import { isNonFactual } from './modality.js';
import { findSubject, type Side } from './subject.js';
import { sideOf } from './target.js';
import { relationConfidence, strength } from './confidence.js';

const SHOULD_HAVE = /\bshould(?:\s+not|\s+never|n['’]t)?\s+have\s/iu;

/**
 * "X said Y should have acted sooner", "X argued that the government should never have ...": a
 * reported counterfactual "should have" + participle is the reporter's criticism of Y. Not a
 * passive ("Y should have been told": Y suffers it), nor "should have to".
 */
export function shouldHaveCriticism(env: FrameEnv): void {
  const { view } = env;
  // A plain substring test first: most sentences have no "should".
  if (!view.sentenceText.includes('hould') || !SHOULD_HAVE.test(view.sentenceText)) return;
  const { words } = view;
  for (let t = 1; t < words.length - 2; t++) {
    if (words[t] !== 'should' && words[t] !== "shouldn't") continue;
    let k = t + 1;
    if (words[k] === 'not' || words[k] === 'never') k++;
    const participle = words[k + 1] ?? '';
    if (words[k] !== 'have' || !/^\p{Ll}+$/u.test(participle)) continue;
    if (participle === 'been' || participle === 'to') continue;
    const target = criticised(env, t);
    if (target === undefined) continue;
    const speech = reportingVerb(env, target.firstToken - 1);
    const source =
      speech >= 0
        ? findSubject({ ctx: env.ctx, cues: env.cues, view, cueToken: speech, reach: 'verb' })
        : trailingReporter(env, target, k + 1);
    if (source === undefined) continue;
    if (speech >= 0 && isNonFactual(env.cues, view, source.firstToken, speech)) continue;
    if (speech < 0 && isNonFactual(env.cues, view, target.firstToken, t)) continue;
    const confidence = relationConfidence({
      base: strength('counterfactual-criticism'),
      ends: [source.certainty, target.certainty],
    });
    for (const s of source.actors)
      for (const o of target.actors) if (s.id !== o.id) emit(env, 'OPPOSES', s, o, confidence);
  }
}

/** The subject right before "should": an actor's unit or "the government". */
function criticised(env: FrameEnv, should: number): Side | undefined {
  const { view } = env;
  const u = view.unitAt[should - 1] ?? -1;
  if (u >= 0) return view.units[u]?.actor ? sideOf(view, u) : undefined;
  return governmentSide(env, should - 2);
}

/** The speech verb right before the reported clause ("said", "said that"), or -1. */
function reportingVerb(env: FrameEnv, t: number): number {
  const at = env.view.words[t] === 'that' ? t - 1 : t;
  return env.cues.context.speechVerbs.has(env.view.words[at] ?? '') ? at : -1;
}

/**
 * "Y should have acted sooner, X said", "..., said X": the reporter after the clause, when Y
 * opens the sentence.
 */
function trailingReporter(env: FrameEnv, target: Side, from: number): Side | undefined {
  const { view } = env;
  const opener = view.words[target.firstToken - 1];
  if (opener !== undefined && !isQuoteMark(opener)) return undefined;
  const comma = view.words.indexOf(',', from);
  if (comma < 0) return undefined;
  let t = comma + 1;
  if (isQuoteMark(view.words[t] ?? '')) t++;
  const speechFirst = env.cues.context.speechVerbs.has(view.words[t] ?? '');
  const name = speechFirst ? t + 1 : t;
  const u = view.unitAt[name] ?? -1;
  const unit = view.units[u];
  if (!unit?.actor || unit.firstToken !== name) return undefined;
  if (!speechFirst && !env.cues.context.speechVerbs.has(view.words[unit.lastToken + 1] ?? ''))
    return undefined;
  return sideOf(view, u);
}
