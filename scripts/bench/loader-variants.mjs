#!/usr/bin/env node
/**
 * Loader experiments: loads the same synthetic corpus with the loader's own transaction plan
 * (built internals, statements pipelined in one managed transaction per group, as its runner
 * does) under variants of the schema or of one statement, each into an emptied database, so a
 * proposed loader change can be measured before it is made. Usage:
 *   node scripts/bench/loader-variants.mjs [--articles N] [--variants a,b,…]
 * Variants: baseline, no-fulltext, no-fact-indexes, conditional-entity-set, batch-5000,
 * fulltext-eventual, conditional+fulltext-eventual.
 */
import { parseArgs } from 'node:util';
import {
  buildDocumentRows,
  chunk,
  createLoader,
  groupIntoBatches,
  mergeBatch,
  openDriver as openConnection,
  planBatch,
} from '../../packages/loader/dist/index.js';
import { benchNeo4j, clearDatabase, graphCounts, openDriver } from './bench-neo4j.mjs';
import { makeGraphDocuments } from './corpus.mjs';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    variants: {
      type: 'string',
      default: 'baseline,no-fulltext,conditional-entity-set,no-fact-indexes,batch-5000,baseline',
    },
    clear: { type: 'boolean', default: false },
  },
});
const log = (line) => process.stderr.write(`${line}\n`);

/** Entity merge that writes a node only when the article brings something new. */
const conditionalEntitySet = (text) => {
  const m = /SET e:(\w+), e \+= row\.attributes/.exec(text);
  if (!m || !text.includes('MERGE (e:Entity')) return text;
  return `
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = row.aliases, e:${m[1]}, e += row.attributes
WITH e, row, [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])] AS added
CALL (e, row, added) {
  WITH e, row, added WHERE size(added) > 0 OR size(row.name) > size(coalesce(e.name, ''))
  SET e.aliases = coalesce(e.aliases, []) + added,
      e.name = CASE WHEN size(row.name) > size(coalesce(e.name, '')) THEN row.name ELSE e.name END
}
CALL (e) { WITH e WHERE NOT e:${m[1]} SET e:${m[1]} }`;
};

/** The same fulltext index, updated after commit instead of within it. */
const FULLTEXT_EVENTUAL = [
  'DROP INDEX entity_names IF EXISTS',
  `CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|State|Organization|Location|Group|Event)
   ON EACH [n.name, n.aliases] OPTIONS { indexConfig: { \`fulltext.eventually_consistent\`: true } }`,
];

const VARIANTS = {
  baseline: {},
  'no-fulltext': { drop: ['entity_names'] },
  'no-fact-indexes': {
    drop: [
      'opposes_article_id',
      'supports_article_id',
      'allied_with_article_id',
      'member_of_article_id',
      'leads_article_id',
      'represents_article_id',
    ],
  },
  'conditional-entity-set': { rewrite: conditionalEntitySet },
  'batch-5000': { batchSize: 5000 },
  'fulltext-eventual': { schema: [FULLTEXT_EVENTUAL] },
  'conditional+fulltext-eventual': { rewrite: conditionalEntitySet, schema: [FULLTEXT_EVENTUAL] },
};

const neo4j = await benchNeo4j({ env: process.env, clear: opts.clear, log });
const driver = openDriver(neo4j.settings);
const db = { database: neo4j.settings.database };
try {
  const docs = makeGraphDocuments({ articles: Number(opts.articles) });
  const rows = docs.map((d) => buildDocumentRows(d));
  const results = [];
  // A cold JVM runs the first variant several times slower: warm it with an unrecorded run.
  for (const name of ['warm-up', ...opts.variants.split(',')]) {
    const variant = name === 'warm-up' ? {} : VARIANTS[name];
    if (!variant) throw new Error(`unknown variant ${name}`);
    await clearDatabase(driver, { ...db, schema: true });
    const loader = createLoader(openConnection(neo4j.settings));
    await loader.applySchema();
    await loader.close();
    for (const index of variant.drop ?? [])
      await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`, {}, db);
    const batchSize = variant.batchSize ?? 1000;
    const rewrite = variant.rewrite ?? ((t) => t);
    const started = process.hrtime.bigint();
    const session = driver.session(db);
    const once = async () => {
      for (const window of chunk(rows, Math.max(100, batchSize)))
        for (const group of groupIntoBatches(window, batchSize)) {
          const plan = planBatch(mergeBatch(group), batchSize);
          await session.executeWrite((tx) =>
            Promise.all(plan.map((st) => tx.run(rewrite(st.text), st.params))),
          );
        }
    };
    await once();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const counts = await graphCounts(driver, db);
    // Forced reload: every article replaced, entities all matched (the update path).
    const t1 = process.hrtime.bigint();
    await once();
    const forced = Number(process.hrtime.bigint() - t1) / 1e9;
    await session.close();
    const same = JSON.stringify(await graphCounts(driver, db)) === JSON.stringify(counts);
    const rels = Object.entries(counts)
      .filter(([k]) => k.startsWith('type:'))
      .reduce((n, [, v]) => n + v, 0);
    if (name !== 'warm-up')
      results.push({
        variant: name,
        seconds,
        relsPerSec: rels / seconds,
        forcedReloadSeconds: forced,
        countsStable: same,
      });
    log(
      `${name}: ${seconds.toFixed(1)} s (${(rels / seconds).toFixed(0)} rels/s), forced reload ${forced.toFixed(1)} s, counts stable ${same}`,
    );
  }
  process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
} finally {
  await driver.close();
  await neo4j.stop();
}
