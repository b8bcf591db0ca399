import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import { STRUCTURAL, emitPairs, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { findTarget, groupAfter } from './target.js';

/** How many words before the noun its negation or modality is read from ("no attacks by X on"). */
const NEGATION_REACH = 5;

/**
 * "the attacks by X on Y", "criticism by X of Y", "sanctions by X against Y": a stance noun whose
 * agent stands between the noun and its complement, so the noun cue ("attacks on") is split by
 * "by X". Read only at a "by" right after a word and before an actor; the noun and the word after
 * the agent must make a noun cue of cues.json. The source is the agent, the target the actor
 * after the complement's preposition.
 */
export function agentBeforeComplement(env: FrameEnv): void {
  const { view, cues } = env;
  const words = view.words;
  for (let by = 1; by < words.length - 2; by++) {
    if (words[by] !== 'by' || ((view.unitAt[by + 1] ?? -1) < 0 && words[by + 1] !== 'the'))
      continue;
    const source = groupAfter({ cues, view, from: by + 1, maxGap: 1, cueStarts: env.cueStarts });
    if (source === undefined) continue;
    const prep = source.lastToken + 1;
    const forms = nounForms(env, `${words[by - 1] ?? ''} ${words[prep] ?? ''}`);
    if (forms.length === 0) continue;
    const target = findTarget({ cues, view, from: prep + 1, maxGap: 4, cueStarts: env.cueStarts });
    if (target === undefined || target.actors.some((a) => source.actors.includes(a))) continue;
    if (view.words[by - 2] === 'no' || isNonFactual(cues, view, by - 1 - NEGATION_REACH, by - 1))
      continue;
    const hit: CueHit = {
      start: view.tokens[by - 1]?.start ?? 0,
      end: view.tokens[prep]?.end ?? 0,
      startToken: by - 1,
      endToken: prep + 1,
      forms,
      glued: undefined,
    };
    for (const form of forms) emitPairs(env, form, source, target, hit);
  }
}

function nounForms(env: FrameEnv, phrase: string): CueForm[] {
  const forms = env.cues.forms.get(phrase) ?? [];
  return forms.filter((f) => f.family.frame === 'noun' && !STRUCTURAL.has(f.family.relation));
}
