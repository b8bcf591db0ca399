import { MENTIONS_WITHOUT_FULL_KEY, SET_FULL_KEYS } from './cypher/index.js';
import { storedFullKey } from './person-names.js';
import type { Runner } from './runner.js';

/**
 * Gives person mentions written by an older loader the `fullKey` that PEOPLE_BY_SURNAME's seeks
 * rely on (without it a new person could be taken for one nobody shares a name with). Runs with
 * the schema, once per loader before its first write; on a database that has none left it is one
 * pass over the person mentions' surname index (no writes), which grows with the database.
 */
export async function backfillFullKeys(runner: Runner, pageSize = 5000): Promise<number> {
  let done = 0;
  for (;;) {
    const found = await runner.read(MENTIONS_WITHOUT_FULL_KEY, { limit: pageSize });
    if (found.length === 0) return done;
    const rows = found.map((r) => ({
      id: String(r.id),
      fullKey: typeof r.name === 'string' ? storedFullKey(r.name) : '',
    }));
    await runner.write([{ text: SET_FULL_KEYS, params: { rows } }]);
    done += rows.length;
  }
}
