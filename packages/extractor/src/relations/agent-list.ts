import type { CueHit } from './cue-matches.js';
import { frameWords } from './frame-words.js';
import { STRUCTURAL, emitPairs, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { groupAfter } from './target.js';

/** Words that open a list of the agents: "critics of Y, including X", "backers of Y such as X". */
const LIST_OPENERS = frameWords().agentListOpeners;

/**
 * "Critics of Y, including X and Z, ...", "supporters of Y such as X": a plural agent noun of a
 * stance ("critics of", "supporters of") followed by a list names who holds it. Each listed actor
 * takes the noun's stance toward its complement. Read only for plural agent cues, and only when
 * the list follows the complement right away (after an optional comma).
 */
export function agentList(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  if (!view.words.some((word) => LIST_OPENERS.has(word) || word === 'such')) return;
  for (const hit of hits) {
    const form = hit.forms.find(
      (f) => f.family.frame === 'agent' && !STRUCTURAL.has(f.family.relation),
    );
    if (form === undefined || !(view.words[hit.endToken - 2] ?? '').endsWith('s')) continue;
    const target = targetOf(env, hit, form);
    if (target === undefined) continue;
    const open = listOpening(view.words, target.lastToken + 1);
    if (open < 0) continue;
    const source = groupAfter({
      cues: env.cues,
      view,
      from: open,
      maxGap: 1,
      cueStarts: env.cueStarts,
    });
    if (source === undefined || source.actors.some((a) => target.actors.includes(a))) continue;
    if (isNonFactual(env.cues, view, Math.max(0, hit.startToken - 4), hit.startToken)) continue;
    emitPairs(env, form, source, target, hit);
  }
}

/** The token after "including" / "such as" at `t` (after an optional comma), else -1. */
function listOpening(words: readonly string[], t: number): number {
  const at = words[t] === ',' ? t + 1 : t;
  if (LIST_OPENERS.has(words[at] ?? '')) return at + 1;
  if (words[at] === 'such' && words[at + 1] === 'as') return at + 2;
  return -1;
}
