import { formatTable } from '../format-report.js';
import { summarize, type Summary } from '../score-corpus.js';
import { addTypeTable, formatScores, type TypeTable } from '../tally.js';
import { tallyOf, type DwieArticleScore } from './dwie-score.js';

export interface DwieCorpusScore {
  articles: number;
  mentions: Summary & { byType: Record<string, Summary> };
  entities: Summary & { duplicates: number; byType: Record<string, Summary> };
  /** Things (by their DWIE link) found under two or more ids across articles. */
  split: number;
  relations: Summary & { byType: Record<string, Summary> };
}

function summarizeTable(table: TypeTable): Summary & { byType: Record<string, Summary> } {
  const sorted = Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
  const byType = Object.fromEntries(sorted.map(([type, tally]) => [type, summarize(tally)]));
  return { ...summarize(tallyOf(table)), byType };
}

/** Micro-averages the article scores: counts are summed before dividing. */
export function summarizeDwie(articles: readonly DwieArticleScore[]): DwieCorpusScore {
  const mentions: TypeTable = {};
  const entities: TypeTable = {};
  const relations: TypeTable = {};
  let duplicates = 0;
  const idsOf = new Map<string, Set<string>>();
  for (const a of articles) {
    for (const [link, id] of a.ids) {
      const seen = idsOf.get(link) ?? new Set<string>();
      idsOf.set(link, seen.add(id));
    }
    addTypeTable(mentions, a.mentions);
    addTypeTable(entities, a.entities);
    addTypeTable(relations, a.relations);
    duplicates += a.duplicates;
  }
  return {
    articles: articles.length,
    mentions: summarizeTable(mentions),
    entities: { ...summarizeTable(entities), duplicates },
    relations: summarizeTable(relations),
    split: [...idsOf.values()].filter((s) => s.size > 1).length,
  };
}

const f1 = (table: Record<string, Summary>, type: string): string =>
  (table[type]?.f1 ?? 0).toFixed(3);

/** The human report of `newsgraph eval --dwie`; its last line is the one-line summary. */
export function formatDwieReport(
  score: DwieCorpusScore,
  articles: readonly DwieArticleScore[],
  verbose: boolean,
): string {
  const blocks: string[] = [];
  if (verbose) {
    for (const a of articles) if (a.errors.length > 0) blocks.push([a.id, ...a.errors].join('\n'));
  }
  blocks.push(formatTable('Mentions by type (exact spans)', score.mentions.byType));
  blocks.push(formatTable('Entities by type', score.entities.byType));
  blocks.push(formatTable('Relations by type', score.relations.byType));
  const rel = score.relations.byType;
  blocks.push(
    [
      `articles: ${score.articles}`,
      `mentions  ${formatScores(score.mentions)}`,
      `entities  ${formatScores(score.entities)} duplicates=${score.entities.duplicates} split=${score.split}`,
      `relations ${formatScores(score.relations)}`,
      `dwie entityF1=${score.entities.f1.toFixed(3)} mentionF1=${score.mentions.f1.toFixed(3)} ` +
        `duplicates=${score.entities.duplicates} split=${score.split} LEADS=${f1(rel, 'LEADS')} ` +
        `REPRESENTS=${f1(rel, 'REPRESENTS')} MEMBER_OF=${f1(rel, 'MEMBER_OF')}`,
    ].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
