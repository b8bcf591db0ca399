import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '@newsgraph/extractor';
import { parseGraphDocument, type ValidGraphDocument } from '@newsgraph/graph-schema';
import { createLoader } from '@newsgraph/loader';
import { type Neo4jSettings, openConnection } from '../neo4j.js';

/** The shared evaluation articles, beside the repository; their text is never copied in. */
export const DEV_DIR = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));

/** The dev articles, extracted now by the current extractor. */
export function extractDevSet(): ValidGraphDocument[] {
  return readdirSync(DEV_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) =>
      parseGraphDocument(
        extract(readFileSync(join(DEV_DIR, f), 'utf8'), { id: basename(f, '.txt') }),
        f,
      ),
    );
}

/** Extracts the dev set and loads it through the loader; returns the documents. */
export async function loadDevSet(settings: Neo4jSettings): Promise<ValidGraphDocument[]> {
  const docs = extractDevSet();
  const loader = createLoader(openConnection(settings));
  try {
    const summary = await loader.loadDocuments(docs);
    if (summary.failures.length > 0)
      throw new Error(`dev set failed to load: ${JSON.stringify(summary.failures)}`);
  } finally {
    await loader.close();
  }
  return docs;
}
