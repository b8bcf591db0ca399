import { formatArticleDetail } from './format-detail.js';
import type { CorpusScore, Summary } from './score-corpus.js';
import { formatScores as prf } from './tally.js';

export interface EvalReportOptions {
  /** Adds, per article, the missed required items and the false positives. */
  verbose?: boolean;
}

/**
 * The human report of `newsgraph eval`: optional per-article detail, the per-type tables, then
 * exactly three total lines (entities, relations, quotes) that a hook reads as the tail. Ends
 * with a newline.
 */
export function formatEvalReport(result: CorpusScore, options: EvalReportOptions = {}): string {
  const blocks: string[] = [];
  if (options.verbose) blocks.push(...result.articles.map(formatArticleDetail));
  blocks.push(formatTable('Entities by type', result.entities.byType));
  blocks.push(formatTable('Relations by type', result.relations.byType));
  blocks.push(formatTotals(result));
  return `${blocks.join('\n\n')}\n`;
}

/** The three total lines, in the fixed form the tail hook expects. */
export function formatTotals(result: CorpusScore): string {
  const { entities, relations, quotes } = result;
  return [
    `articles: ${result.articles.length}`,
    `entities  ${prf(entities)} duplicates=${entities.duplicates}`,
    `relations ${prf(relations)}`,
    `quotes    ${prf(quotes)}`,
  ].join('\n');
}

const COLUMNS = ['gold', 'found', 'pred', 'correct', 'P', 'R', 'F1'];

/**
 * A per-type table. "gold"/"found" are required gold items and those found (recall); "pred" and
 * "correct" are scored extracted items and those right (precision), listed under their own type.
 */
export function formatTable(title: string, table: Record<string, Summary>): string {
  const rows = Object.entries(table).map(([type, s]) => [
    type,
    ...[s.gold, s.found, s.predicted, s.correct].map(String),
    ...[s.precision, s.recall, s.f1].map((x) => x.toFixed(3)),
  ]);
  const width = Math.max(4, ...rows.map((row) => row[0]?.length ?? 0));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(width) : cell.padStart(7))).join(' ');
  const body = rows.length === 0 ? ['(none)'] : rows.map(line);
  return [title, line(['type', ...COLUMNS]), ...body].join('\n');
}
