import { analyze, extractRelations } from '@newsgraph/extractor';
import { readStance } from './read-stance.js';
import { scoreStance, type StanceReading, type StanceScore } from './score-stance.js';

/** The extractor's reading of one sentence: its mentions and the relations between them. */
export function extractorStance(text: string): StanceReading {
  const analysis = analyze(text, { headline: false });
  return { mentions: analysis.mentions, relations: extractRelations(analysis, {}) };
}

/** Scores the extractor on a stance file's text; `where` names the file in errors. */
export function evaluateStance(text: string, where: string): StanceScore {
  return scoreStance(readStance(text, where), extractorStance);
}
