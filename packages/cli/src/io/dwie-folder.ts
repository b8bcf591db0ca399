import { join } from 'node:path';
import type { JsonInput } from '@newsgraph/evaluation';
import { folderNames } from './folder-names.js';
import { readJson } from './read-json.js';

/** Each `*.json` DWIE article of `dir` in name order, read and parsed one at a time. */
export async function* readDwieFolder(dir: string): AsyncGenerator<JsonInput> {
  const names = await folderNames(dir, {
    suffix: '.json',
    unreadable: 'cannot read the DWIE folder',
    empty: 'no *.json files',
  });
  for (const name of names) {
    const path = join(dir, name);
    yield { path, value: await readJson(path) };
  }
}
