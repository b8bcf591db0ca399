import type { ArticleScore } from './score-article.js';
import { summarize } from './score-corpus.js';
import { formatScores as prf } from './tally.js';

/** One article's scores and, line by line, what it missed and what it got wrong. */
export function formatArticleDetail(article: ArticleScore): string {
  const { entities, relations, quotes } = article;
  const lines = [
    `== ${article.article}`,
    `  entities  ${prf(summarize(entities.tally))} duplicates=${entities.duplicates}`,
    `  relations ${prf(summarize(relations.tally))}`,
    `  quotes    ${prf(summarize(quotes.tally))}`,
  ];
  for (const e of entities.missed)
    lines.push(`  missed entity    ${e.type} "${e.name}" (${e.key})`);
  for (const e of entities.falsePositives) {
    const gold =
      e.gold === undefined ? '' : ` ~ gold ${e.gold.type} "${e.gold.name}" (${e.gold.key})`;
    lines.push(`  wrong entity     ${e.type} "${e.name}" [${e.reason}]${gold}`);
  }
  for (const e of entities.optionalDuplicates) {
    lines.push(
      `  note             ${e.type} "${e.name}" duplicates optional "${e.gold?.name ?? ''}"`,
    );
  }
  for (const r of relations.missed) {
    lines.push(
      `  missed relation  ${r.sourceName} -${r.type}-> ${r.targetName}${quoted(r.evidence)}`,
    );
  }
  for (const r of relations.falsePositives) {
    lines.push(
      `  wrong relation   ${r.sourceName} -${r.type}-> ${r.targetName}${quoted(r.evidence)}`,
    );
  }
  for (const q of quotes.missed) lines.push(`  missed quote     ${q.speakerName}: "${q.text}"`);
  for (const q of quotes.falsePositives)
    lines.push(`  wrong quote      ${q.speakerName}: "${q.text}"`);
  return lines.join('\n');
}

function quoted(evidence: string | undefined): string {
  return evidence === undefined ? '' : `  | ${evidence.replace(/\s+/g, ' ').trim()}`;
}
