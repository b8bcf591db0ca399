import { extract } from '@newsgraph/extractor';
import { readDwie } from './dwie-read.js';
import { summarizeDwie, type DwieCorpusScore } from './dwie-report.js';
import { scoreDwieArticle, type DwieArticleScore } from './dwie-score.js';

/** A parsed JSON file and where it came from (named in errors). */
export interface JsonInput {
  path: string;
  value: unknown;
}

export interface DwieEvaluation {
  score: DwieCorpusScore;
  articles: DwieArticleScore[];
}

/** Extracts each DWIE document in turn and scores it against its annotation. */
export async function evaluateDwie(
  files: AsyncIterable<JsonInput> | Iterable<JsonInput>,
): Promise<DwieEvaluation> {
  const articles: DwieArticleScore[] = [];
  for await (const file of files) {
    const gold = readDwie(file.value, file.path);
    articles.push(scoreDwieArticle(gold, extract(gold.text, { id: gold.id })));
  }
  return { score: summarizeDwie(articles), articles };
}
