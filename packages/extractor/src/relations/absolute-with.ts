import type { SentenceView } from './sentence-view.js';

/**
 * "Y's best argument, with voters thinking we're wrong, is ...": an adjunct opened by ", with"
 * at `t` holds its own clause, which judges that clause's subject, not the phrase before the
 * comma. Callers going back from a cue ask this only while no comma stands between `t` and the
 * cue ("said, with a smile, that Y's plan was wrong" keeps its judgement).
 */
export function opensAbsolute(view: SentenceView, t: number): boolean {
  return view.words[t] === 'with' && view.words[t - 1] === ',';
}
