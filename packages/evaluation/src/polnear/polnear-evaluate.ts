import { analyze } from '@newsgraph/extractor';
import { goldQuotes } from './gold-quotes.js';
import { readBrat } from './read-brat.js';
import {
  emptyPolnearScore,
  scorePolnearArticle,
  type PolnearScore,
  type PredictedQuotes,
} from './score-polnear.js';

/** One PolNeAR article: its text and its brat attributions (`annPath` is named in errors). */
export interface PolnearArticle {
  article: string;
  text: string;
  ann: string;
  annPath: string;
}

/** Extracts an article's quotes; the extractor's `analyze` unless a caller gives another. */
export type QuoteExtractor = (text: string) => PredictedQuotes;

/** Scores the quotes extracted from each article against its attributions. */
export async function evaluatePolnear(
  articles: AsyncIterable<PolnearArticle> | Iterable<PolnearArticle>,
  extract: QuoteExtractor = (text) => analyze(text),
): Promise<PolnearScore> {
  const score = emptyPolnearScore();
  for await (const { article, text, ann, annPath } of articles) {
    const gold = goldQuotes(text, readBrat(ann, annPath));
    scorePolnearArticle({ article, text, gold, predicted: extract(text), into: score });
  }
  return score;
}
