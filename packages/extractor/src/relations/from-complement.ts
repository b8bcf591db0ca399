import type { FrameEnv } from './frame-env.js';
import { recallWords } from './recall-28-words.js';
import type { Side } from './subject.js';
import { groupAfter } from './target.js';

const COMPLEMENTS = recallWords().fromComplements;

/**
 * "a string of complaints from X about Y's plans", "criticism from X of Y", "protests from X
 * against Y": a preposition of the noun's complement right after its source names what the
 * stance is aimed at, so the clause's subject (often one who only reports it) is not the target.
 * An "of" right after a person's name says where the person belongs ("criticism from Jane Doe of
 * Oxford University"), so after a person it counts only before a possessive ("of Y's plan").
 */
export function fromComplement(env: FrameEnv, source: Side): Side | undefined {
  const { view } = env;
  const preposition = view.words[source.lastToken + 1] ?? '';
  if (!COMPLEMENTS.has(preposition)) return undefined;
  const target = groupAfter({
    cues: env.cues,
    view,
    from: source.lastToken + 2,
    maxGap: 1,
    cueStarts: env.cueStarts,
  });
  if (target === undefined) return undefined;
  if (
    preposition === 'of' &&
    source.actors.some((actor) => actor.type === 'Person') &&
    view.tokens[target.lastToken]?.poss !== true
  )
    return undefined;
  return target;
}
