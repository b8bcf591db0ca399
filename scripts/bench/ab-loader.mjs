#!/usr/bin/env node
/**
 * Times our loader alone on a synthetic corpus, warm (a first pass on a slice is not recorded),
 * for comparing two builds under the same machine load. Usage: node scripts/bench/ab-loader.mjs
 * [--articles N] [--dist path/to/loader/dist ...] (several --dist run one after the other).
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { benchNeo4j, clearDatabase, openDriver } from './bench-neo4j.mjs';
import { makeGraphDocuments } from './corpus.mjs';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    dist: { type: 'string', multiple: true, default: ['packages/loader/dist'] },
  },
});
const log = (line) => process.stderr.write(`${line}\n`);
const neo4j = await benchNeo4j({ env: process.env, clear: false, log });
const driver = openDriver(neo4j.settings);
const db = { database: neo4j.settings.database };
const docs = makeGraphDocuments({ articles: Number(opts.articles) });
try {
  for (const round of [0, 1]) {
    for (const dist of opts.dist) {
      const loaderApi = await import(pathToFileURL(path.resolve(dist, 'index.js')).href);
      const { createLoader } = loaderApi;
      await clearDatabase(driver, { ...db, schema: true });
      // Builds from before the loader took a connection (openDriver) take the settings.
      const loader = createLoader(
        loaderApi.openDriver ? loaderApi.openDriver(neo4j.settings) : neo4j.settings,
      );
      try {
        await loader.applySchema();
        const started = process.hrtime.bigint();
        const list = round === 0 ? docs.slice(0, 300) : docs;
        for (let i = 0; i < list.length; i += 200)
          await loader.loadDocuments(list.slice(i, i + 200));
        const s = Number(process.hrtime.bigint() - started) / 1e9;
        log(
          `${round === 0 ? 'warm-up' : 'measured'} ${dist}: ${list.length} articles in ${s.toFixed(1)} s`,
        );
      } finally {
        await loader.close();
      }
    }
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
