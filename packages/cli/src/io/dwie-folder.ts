import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { extract } from '@newsgraph/extractor';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { formatDwieReport, readDwie, scoreDwieArticle, summarizeDwie } from '@newsgraph/evaluation';
import { parseJson } from './jsonl.js';
import { readText } from './read-text.js';

/** Extracts every `*.json` DWIE article of `dir` and scores it; returns the report (or JSON). */
export async function evalDwie(
  dir: string,
  options: { verbose: boolean; json: boolean },
): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', 'cannot read the DWIE folder', {
      where: dir,
      cause,
    });
  }
  if (names.length === 0)
    throw new NewsgraphError('INPUT_EMPTY', 'no *.json files', { where: dir });
  const scored = [];
  for (const name of names) {
    const path = join(dir, name);
    const parsed = parseJson(await readText(path), path);
    if ('error' in parsed) throw parsed.error;
    const gold = readDwie(parsed.value, path);
    scored.push(scoreDwieArticle(gold, extract(gold.text, { id: gold.id })));
  }
  const score = summarizeDwie(scored);
  return options.json
    ? `${JSON.stringify(score)}\n`
    : formatDwieReport(score, scored, options.verbose);
}
