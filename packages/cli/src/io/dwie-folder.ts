import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { JsonInput } from '@newsgraph/evaluation';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { readJson } from './read-json.js';

/** Each `*.json` DWIE article of `dir` in name order, read and parsed one at a time. */
export async function* readDwieFolder(dir: string): AsyncGenerator<JsonInput> {
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
  for (const name of names) {
    const path = join(dir, name);
    yield { path, value: await readJson(path) };
  }
}
