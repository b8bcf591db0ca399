import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extract } from '@newsgraph/extractor';
import { parseGraphDocument } from '@newsgraph/graph-schema';
import { createLoader } from '@newsgraph/loader';
import { type Neo4jSettings, openConnection } from '../neo4j.js';
import { DEV_DIR } from '../analyst/dev-set.js';

/**
 * The dev articles numbered below 28, extracted and loaded. The newest eight are held out of
 * everything a person looks at while working, screenshots included.
 */
export async function loadSeenDevSet(settings: Neo4jSettings): Promise<void> {
  const docs = readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.txt') && Number.parseInt(f, 10) < 28)
    .sort()
    .map((f) =>
      parseGraphDocument(
        extract(readFileSync(join(DEV_DIR, f), 'utf8'), { id: basename(f, '.txt') }),
        f,
      ),
    );
  const loader = createLoader(openConnection(settings));
  try {
    const summary = await loader.loadDocuments(docs);
    if (summary.failures.length > 0)
      throw new Error(`dev set failed to load: ${JSON.stringify(summary.failures)}`);
  } finally {
    await loader.close();
  }
}
