import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { parseCookbookQuery, type CookbookQuery } from './parse-query.js';

/** packages/cookbook/queries, from src/ and from dist/ alike. */
export const COOKBOOK_DIR = fileURLToPath(new URL('../queries/', import.meta.url));

/** Every `*.cypher` in the folder, parsed, by name; a file must be named after its query. */
export function loadCookbook(dir: string = COOKBOOK_DIR): CookbookQuery[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return files.map((file) => {
    const path = join(dir, file);
    const query = parseCookbookQuery(readFileSync(path, 'utf8'), path);
    if (`${query.name}.cypher` !== file) {
      throw new NewsgraphError(
        'CONFIG_INVALID',
        `@name ${query.name} does not match the file name`,
        { where: path },
      );
    }
    return query;
  });
}

export function findQuery(queries: readonly CookbookQuery[], name: string): CookbookQuery {
  const query = queries.find((q) => q.name === name);
  if (query === undefined) {
    throw new NewsgraphError('USAGE', `no cookbook query named ${JSON.stringify(name)}`, {
      hint: `newsgraph query --list shows them: ${queries.map((q) => q.name).join(', ')}`,
    });
  }
  return query;
}
