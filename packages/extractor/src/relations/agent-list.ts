import type { CueHit } from './cue-matches.js';
import { STRUCTURAL, emitPairs, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { frameWords } from './frame-words.js';
import { listOpening, listedGroup } from './critics-list.js';
import { ownedActAt } from './owned-act.js';

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
    // "Critics of Y's plan, including X": past the act the complement owns.
    const act = ownedActAt(env, target.firstToken);
    const end =
      act !== undefined && act.owner.lastToken === target.lastToken ? act.end : target.lastToken;
    const open = listOpening(view.words, end + 1);
    if (open < 0) continue;
    const source = listedGroup(env, open);
    if (source === undefined || source.actors.some((a) => target.actors.includes(a))) continue;
    if (isNonFactual(env.cues, view, Math.max(0, hit.startToken - 4), hit.startToken)) continue;
    emitPairs(env, form, source, target, hit);
  }
}
