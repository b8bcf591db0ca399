import type { CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { FrameEnv } from './frame-env.js';
import type { Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';

/**
 * "backed by its chief ally, China, in March", "Russia's closest ally, Belarus, held drills": the
 * actor set off by a comma right after a state's ally cue names that ally ("the" may open it:
 * "its ally, the Syrian government,"). The name must close the phrase: a comma, a full stop, a
 * semicolon, a bracket or a lower-case word (its verb) follows it. Organizations' allies ("the
 * NATO ally, Turkey") are left to the membership rules.
 */
export function commaAlly(env: FrameEnv, hit: CueHit, form: CueForm, head: Unit): Side | undefined {
  const { view } = env;
  if (form.family.relation !== 'ALLIED_WITH' || head.actor?.type !== 'State') return undefined;
  if (view.words[hit.endToken] !== ',') return undefined;
  let t = hit.endToken + 1;
  if (view.words[t] === 'the') t++;
  const u = view.unitAt[t] ?? -1;
  if (!view.units[u]?.actor) return undefined;
  const side = sideOf(view, u);
  if (side === undefined) return undefined;
  const next = view.words[side.lastToken + 1];
  return next === undefined || /^(?:[,.;)]|\p{Ll}+)$/u.test(next) ? side : undefined;
}
