import type { ConllScore } from './conll-score.js';
import { formatTable } from './format-report.js';
import { formatScores } from './tally.js';

/** The human report of `newsgraph eval --conll`; the last line holds the micro-averaged total. */
export function formatConllReport(score: ConllScore): string {
  return [
    formatTable('Named entities by type (exact spans; MISC ignored)', score.byType),
    '',
    `documents: ${score.documents}  sentences: ${score.sentences}  tokens: ${score.tokens}`,
    `ner       ${formatScores(score.total)}`,
    '',
  ].join('\n');
}
