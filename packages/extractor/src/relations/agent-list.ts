import type { CueHit } from './cue-matches.js';
import { STRUCTURAL, blockedBetween, emitPairs, targetOf, type FrameEnv } from './frame-env.js';
import { isNonFactual } from './modality.js';
import { frameWords } from './frame-words.js';
import { listOpening, listedGroup } from './critics-list.js';
import { ownedActAt } from './owned-act.js';
import type { Side } from './subject.js';

/** Words that open a list of the agents: "critics of Y, including X", "backers of Y such as X". */
const LIST_OPENERS = frameWords().agentListOpeners;
/** Ties a list of states and bodies may name: "allies of Y such as X", "members of Y, including X". */
const LISTED_TIES: ReadonlySet<string> = new Set(['ALLIED_WITH', 'MEMBER_OF']);

/**
 * "Critics of Y, including X and Z, ...", "supporters of Y such as X": a plural agent noun of a
 * stance ("critics of", "supporters of") followed by a list names who holds it. Each listed actor
 * takes the noun's stance toward its complement. Read only for plural agent cues, and only when
 * the list follows the complement right away (after an optional comma). "Allies of Y such as X",
 * "members of Y, including X" tie each listed state or body to Y the same way (people are left to
 * the role rules, list-members.ts); not "former allies of Y".
 */
export function agentList(env: FrameEnv, hits: readonly CueHit[]): void {
  const { view } = env;
  if (!view.words.some((word) => LIST_OPENERS.has(word) || word === 'such')) return;
  for (const hit of hits) {
    const form = hit.forms.find(
      (f) =>
        f.family.frame === 'agent' &&
        (!STRUCTURAL.has(f.family.relation) || LISTED_TIES.has(f.family.relation)),
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
    const listed = listedGroup(env, open);
    const tie = LISTED_TIES.has(form.family.relation);
    const source = tie ? statesAndBodies(listed) : listed;
    if (source === undefined || source.actors.some((a) => target.actors.includes(a))) continue;
    if (tie && statesAndBodies(target)?.actors.length !== target.actors.length) continue;
    if (tie && blockedBetween(env, Math.max(0, hit.startToken - 2), hit.startToken)) continue;
    if (isNonFactual(env.cues, view, Math.max(0, hit.startToken - 4), hit.startToken)) continue;
    emitPairs(env, form, source, target, hit);
  }
}

/** The side's states and organizations; undefined when it has none. */
function statesAndBodies(side: Side | undefined): Side | undefined {
  const actors = side?.actors.filter((a) => a.type === 'State' || a.type === 'Organization');
  return side === undefined || actors === undefined || actors.length === 0
    ? undefined
    : { ...side, actors };
}
