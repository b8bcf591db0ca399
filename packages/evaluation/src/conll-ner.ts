import { analyze } from '@newsgraph/extractor';
import { readConll } from './conll-read.js';
import { mentionsToNer, scoreConll, type ConllScore, type NerTagger } from './conll-score.js';
import { sequenceTaggerNer } from './conll-tagger.js';

/**
 * What CoNLL scoring asks for entities: the trained sequence tagger, the extractor's mentions
 * (rules with the tagger's proposals) or the rules' mentions alone.
 */
export type NerMode = 'tagger' | 'extractor' | 'rules';

/** The extractor as a CoNLL tagger in one of the modes. */
export function nerTagger(mode: NerMode): NerTagger {
  if (mode === 'tagger') return sequenceTaggerNer;
  const tagger = mode === 'extractor';
  // CoNLL tags demonyms ("French") MISC; the graph keeps them as mentions of their state.
  return (text) =>
    mentionsToNer(
      analyze(text, { headline: false, tagger }).mentions.filter((m) => m.kind !== 'demonym'),
    );
}

/** Scores the extractor on a CoNLL-2003 file's text; `where` names the file in errors. */
export function evaluateConll(text: string, where: string, mode: NerMode): ConllScore {
  return scoreConll(readConll(text, where), nerTagger(mode));
}
