import { basename, join } from 'node:path';
import { parseGold, type ScoredPair } from '@newsgraph/evaluation';
import { extract } from '@newsgraph/extractor';
import { validateDocument } from '@newsgraph/loader';
import { folderNames } from './folder-names.js';
import { readJson } from './read-json.js';
import { readText } from './read-text.js';

/** Each `NAME.gold.json` with its prediction: `PRED/NAME.json`, or NAME.txt extracted now. */
export async function goldPairs(
  goldDir: string,
  predDir: string | undefined,
): Promise<ScoredPair[]> {
  const names = await folderNames(goldDir, {
    suffix: '.gold.json',
    unreadable: 'cannot read the gold folder',
    empty: 'no *.gold.json files',
  });
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
