import { analyze, extractRelations } from '@newsgraph/extractor';
import { scoreApart, type StanceScoreApart } from './apart-stance.js';
import { readStance } from './read-stance.js';
import { scoreStance, type StanceReading } from './score-stance.js';

/** The extractor's reading of one sentence: its mentions and the relations between them. */
export function extractorStance(text: string): StanceReading {
  const analysis = analyze(text, { headline: false });
  return { mentions: analysis.mentions, relations: extractRelations(analysis, {}) };
}

/** A file of stance lines and the name it goes by in errors. */
export interface StanceFile {
  text: string;
  where: string;
}

/**
 * Scores the extractor on a stance file's text; `where` names the file in errors. With `training`,
 * the score is also given apart for the sentences that file repeats and those it does not.
 */
export function evaluateStance(
  text: string,
  where: string,
  training?: StanceFile,
): StanceScoreApart {
  const score = scoreStance(readStance(text, where), extractorStance);
  if (training === undefined) return score;
  return { ...score, apart: scoreApart(score, readStance(training.text, training.where)) };
}
