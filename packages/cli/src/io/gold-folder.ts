import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseGold, type ScoredPair } from '@newsgraph/evaluation';
import { extract } from '@newsgraph/extractor';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { validateDocument } from '@newsgraph/loader';
import { readJson } from './read-json.js';
import { readText } from './read-text.js';

/** Each `NAME.gold.json` with its prediction: `PRED/NAME.json`, or NAME.txt extracted now. */
export async function goldPairs(
  goldDir: string,
  predDir: string | undefined,
): Promise<ScoredPair[]> {
  let names: string[];
  try {
    names = (await readdir(goldDir)).filter((n) => n.endsWith('.gold.json')).sort();
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', 'cannot read the gold folder', {
      where: goldDir,
      cause,
    });
  }
  if (names.length === 0)
    throw new NewsgraphError('INPUT_EMPTY', 'no *.gold.json files', { where: goldDir });
  const pairs: ScoredPair[] = [];
  for (const name of names) {
    const path = join(goldDir, name);
    const gold = parseGold(await readJson(path), path);
    const id = basename(gold.article, '.txt');
    const predicted =
      predDir === undefined
        ? extract(await readText(join(goldDir, gold.article)), { id })
        : validateDocument(
            await readJson(join(predDir, `${id}.json`)),
            join(predDir, `${id}.json`),
          );
    pairs.push({ gold, predicted });
  }
  return pairs;
}
