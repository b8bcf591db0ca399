import { groupAround } from './coordination.js';
import type { CueHit } from './cue-matches.js';
import { subjectOf, type FrameEnv } from './frame-env.js';
import { isPastForm } from './phrase-words.js';
import type { SentenceView } from './sentence-view.js';
import type { Side } from './subject.js';
import { sideOf } from './target.js';
import { BE_AUXILIARIES } from './word-classes.js';

/** What a participle after a comma continues: the patient it shares, if one was found. */
export interface SharedPatient {
  target: Side | undefined;
}

/**
 * "X was praised by Y, condemned by Z": a participle with its own agent right after the comma that
 * closes an earlier passive's agent ("was praised by Y") continues that passive. Its patient is
 * the earlier passive's subject X, not the agent Y before the comma, which a participle after a
 * plain name would describe ("Y, condemned by Z, ..."). Undefined when the name before the comma
 * is no passive's agent; a shared patient with no target when that passive's subject is unknown.
 * Without "be" ("Obama praised by Y, condemned by Z", a headline's passive or a reduced
 * relative) the patient is the name right before the first participle.
 */
export function coordinatedPassive(env: FrameEnv, hit: CueHit): SharedPatient | undefined {
  const { view } = env;
  const comma = hit.startToken - 1;
  if (view.words[comma] !== ',') return undefined;
  const u = view.unitAt[comma - 1] ?? -1;
  if (u < 0) return undefined;
  const group = groupAround(view, u);
  const first = view.units[group.lo];
  if (first === undefined || view.words[first.firstToken - 1] !== 'by') return undefined;
  const participle = first.firstToken - 2;
  if (!isPastForm(view.words[participle] ?? '')) return undefined;
  const be = [1, 2].some((k) => BE_AUXILIARIES.has(view.words[participle - k] ?? ''));
  const earlier = { ...hit, startToken: participle, endToken: participle + 1 };
  if (be) return { target: subjectOf(env, earlier, 'verb') };
  return { target: describedBefore(view, participle) };
}

/** "Obama praised by Y", "Obama, praised by Y": the name a participle without "be" describes. */
function describedBefore(view: SentenceView, participle: number): Side | undefined {
  const t = view.words[participle - 1] === ',' ? participle - 2 : participle - 1;
  const u = view.unitAt[t] ?? -1;
  return u >= 0 && view.units[u]?.actor !== undefined ? sideOf(view, u) : undefined;
}
