import type { CompiledCues } from './cue-lexicon.js';
import { objectVerbs } from './object-verbs.js';
import type { SentenceView, Unit } from './sentence-view.js';
import type { Side } from './subject.js';
import { unitSide } from './unit-side.js';

/**
 * "The board elected X as chairman of Y", "appointed X as the new head of Y": X, the object of
 * an appointing verb (object-verbs.json), is the subject of the agent noun after "as", with at
 * most three plain words ("the new") between. A modal, negation or infinitive before the verb
 * ("may elect X as") makes it no fact.
 */
export function appointedAs(
  cues: CompiledCues,
  view: SentenceView,
  unit: Unit,
  cueToken: number,
): Side | undefined {
  const { words } = view;
  const as = unit.lastToken + 1;
  if (unit.actor?.type !== 'Person' || words[as] !== 'as' || cueToken - as > 4) return undefined;
  for (let t = as + 1; t < cueToken; t++) if (!/^\p{Ll}+$/u.test(words[t] ?? '')) return undefined;
  const verb = unit.firstToken - 1;
  if (!objectVerbs().appointingVerbs.has(words[verb] ?? '')) return undefined;
  const before = words[verb - 1] ?? '';
  if (before === 'to' || cues.context.modals.has(before) || cues.context.negators.has(before))
    return undefined;
  return unitSide(unit);
}
