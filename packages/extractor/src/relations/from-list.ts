import { listOpening, listedGroup } from './critics-list.js';
import { describedPersonAfter } from './described-agent.js';
import type { FrameEnv } from './frame-env.js';
import type { Side } from './subject.js';
import { groupAfter } from './target.js';

/** Plain words the people noun after a `from` cue may take: "several", "other", "senior". */
const MAX_PLAIN_WORDS = 3;

/**
 * "X drew criticism from lawmakers, including Y and Z", "X faced protests from several
 * countries, such as Y", and a passive's agent "was criticised by lawmakers, including Y": the
 * actors a list names after a plain plural noun that follows the cue (or "by") are the ones the
 * act came from, as "Critics, including Y, say ..." names its critics.
 * Undefined unless the noun is lower-case and plural and the list opens right after it.
 */
export function listedFromSource(env: FrameEnv, from: number): Side | undefined {
  const { words, unitAt } = env.view;
  let t = from;
  while (t - from < MAX_PLAIN_WORDS && listOpening(words, t) < 0) {
    if (!/^\p{Ll}+$/u.test(words[t] ?? '') || (unitAt[t] ?? -1) >= 0) return undefined;
    t++;
  }
  const open = listOpening(words, t);
  if (t === from || open < 0 || !/s$/u.test(words[t - 1] ?? '')) return undefined;
  return listedGroup(env, open);
}

/**
 * A passive's agent after the "by" at `byAt`: a person behind a short descriptor ("by mining
 * tycoon X"), the actors right after it, or those a list after a plain plural names.
 */
export function passiveAgent(env: FrameEnv, byAt: number): Side | undefined {
  const { view, cues, cueStarts } = env;
  return (
    describedPersonAfter(view, byAt + 1) ??
    groupAfter({ cues, view, from: byAt + 1, maxGap: 2, cueStarts }) ??
    listedFromSource(env, byAt + 1)
  );
}
