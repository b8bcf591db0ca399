import type { GoldFile } from './gold-schema.js';
import { scoreArticle, type ArticleScore, type PredictedDocument } from './score-article.js';
import {
  addTally,
  addTypeTable,
  emptyTally,
  scores,
  type Scores,
  type Tally,
  type TypeTable,
} from './tally.js';

/** Counts with the scores they give. */
export type Summary = Tally & Scores;

export interface CorpusScore {
  articles: ArticleScore[];
  entities: Summary & { duplicates: number; byType: Record<string, Summary> };
  relations: Summary & { byType: Record<string, Summary> };
  quotes: Summary;
}

export interface ScoredPair {
  gold: GoldFile;
  predicted: PredictedDocument;
}

/** Scores every article and micro-averages: counts are summed before dividing. */
export function scoreCorpus(pairs: readonly ScoredPair[]): CorpusScore {
  return summarizeArticles(pairs.map(({ gold, predicted }) => scoreArticle(gold, predicted)));
}

/** The corpus totals of articles already scored. */
export function summarizeArticles(articles: readonly ArticleScore[]): CorpusScore {
  const total = { entities: emptyTally(), relations: emptyTally(), quotes: emptyTally() };
  const entityTypes: TypeTable = {};
  const relationTypes: TypeTable = {};
  let duplicates = 0;
  for (const article of articles) {
    addTally(total.entities, article.entities.tally);
    addTally(total.relations, article.relations.tally);
    addTally(total.quotes, article.quotes.tally);
    addTypeTable(entityTypes, article.entities.byType);
    addTypeTable(relationTypes, article.relations.byType);
    duplicates += article.entities.duplicates;
  }
  return {
    articles: [...articles],
    entities: { ...summarize(total.entities), duplicates, byType: summarizeTable(entityTypes) },
    relations: { ...summarize(total.relations), byType: summarizeTable(relationTypes) },
    quotes: summarize(total.quotes),
  };
}

export function summarize(tally: Tally): Summary {
  return { ...tally, ...scores(tally) };
}

function summarizeTable(table: TypeTable): Record<string, Summary> {
  const sorted = Object.entries(table).sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(sorted.map(([type, tally]) => [type, summarize(tally)]));
}
