import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  emptyPolnearScore,
  goldQuotes,
  readBrat,
  scorePolnearArticle,
  type PolnearScore,
  type PredictedQuotes,
} from '@newsgraph/evaluation';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { readText } from './read-text.js';

/** Extracts an article's quotes; the CLI passes the extractor's `analyze`. */
export type QuoteExtractor = (text: string) => PredictedQuotes;

/** Scores every `text/NAME.txt` of a PolNeAR folder against `attributions/NAME.ann`. */
export async function scorePolnearDir(dir: string, extract: QuoteExtractor): Promise<PolnearScore> {
  const textDir = join(dir, 'text');
  let names: string[];
  try {
    names = (await readdir(textDir)).filter((n) => n.endsWith('.txt')).sort();
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', 'cannot read the PolNeAR text folder', {
      where: textDir,
      cause,
      hint: 'give the folder that holds text/ and attributions/',
    });
  }
  if (names.length === 0)
    throw new NewsgraphError('INPUT_EMPTY', 'no *.txt articles', { where: textDir });
  const score = emptyPolnearScore();
  for (const name of names) {
    const article = basename(name, '.txt');
    const text = await readText(join(textDir, name));
    const annPath = join(dir, 'attributions', `${article}.ann`);
    const gold = goldQuotes(text, readBrat(await readText(annPath), annPath));
    scorePolnearArticle({ article, text, gold, predicted: extract(text), into: score });
  }
  return score;
}
