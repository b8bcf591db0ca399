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
  return (text) => {
    const analysis = analyze(text, { headline: false, tagger });
    // CoNLL tags a national side by its country ("Romania beat Lithuania 2-1": LOC); the graph
    // keeps it as the team, an Organization that records the state it plays for.
    const sides = new Set(
      analysis.entities
        .filter((e) => e.attributes?.['kind'] === 'team' && e.attributes['state'] !== undefined)
        .map((e) => e.id),
    );
    return mentionsToNer(
      analysis.mentions
        .filter((m) => m.kind !== 'demonym')
        .map((m) => (sides.has(m.entityId) ? { ...m, type: 'Location' } : m)),
    );
  };
}

/** Scores the extractor on a CoNLL-2003 file's text; `where` names the file in errors. */
export function evaluateConll(text: string, where: string, mode: NerMode): ConllScore {
  return scoreConll(readConll(text, where), nerTagger(mode));
}
