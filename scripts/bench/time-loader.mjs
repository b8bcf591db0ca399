#!/usr/bin/env node
/**
 * Where the loader's time goes inside its real transactions (identity pass included): loads a
 * synthetic corpus as `loadDocuments` does, one transaction per group, and times each statement
 * kind, the reads before and after them, and the commits. Usage: node
 * scripts/bench/time-loader.mjs [--articles N] [--batch-size B]. Uses NEO4J_URI if set (and
 * empties it: pass --clear), else a local Neo4j.
 */
import { parseArgs } from 'node:util';
import {
  buildDocumentRows,
  chunk,
  createLoader,
  driverRunner,
  groupIntoBatches,
  loadWithIdentities,
  mergeBatch,
  openDriver as loaderDriver,
} from '../../packages/loader/dist/index.js';
import { benchNeo4j, clearDatabase, openDriver } from './bench-neo4j.mjs';
import { makeGraphDocuments } from './corpus.mjs';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    'batch-size': { type: 'string', default: '1000' },
    clear: { type: 'boolean', default: false },
  },
});
const N = Number(opts.articles);
const batchSize = Number(opts['batch-size']);
const log = (line) => process.stderr.write(`${line}\n`);
const kindOf = (text) =>
  text.trim().split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').slice(0, 60);

const neo4j = await benchNeo4j({ env: process.env, clear: opts.clear, log });
const driver = openDriver(neo4j.settings);
const db = { database: neo4j.settings.database };
const { driver: ld, context } = loaderDriver(neo4j.settings, { plainIntegers: true });
const runner = driverRunner(ld, context, { maxRetryTimeMs: 30_000 });
const perKind = new Map();
const add = (kind, ms, n = 1) => {
  const k = perKind.get(kind) ?? { ms: 0, n: 0 };
  k.ms += ms;
  k.n += n;
  perKind.set(kind, k);
};
const now = () => Number(process.hrtime.bigint()) / 1e6;
try {
  await clearDatabase(driver, { ...db, schema: true });
  const loader = createLoader(loaderDriver(neo4j.settings), { batchSize });
  await loader.applySchema();
  await loader.close();
  const docs = makeGraphDocuments({ articles: N });
  const rows = docs.map((d) => buildDocumentRows(d));
  const groupsOf = (list) =>
    chunk(list, Math.max(100, batchSize)).flatMap((w) => groupIntoBatches(w, batchSize));
  // A cold JVM runs the first transactions several times slower: a slice first, unrecorded.
  await loadGroups(groupsOf(rows.slice(0, 300)));
  await clearDatabase(driver, db);
  perKind.clear();
  const groups = groupsOf(rows);
  log(`${N} articles in ${groups.length} transactions of ≤ ${batchSize} rows`);
  const started = now();
  await loadGroups(groups);
  const total = (now() - started) / 1000;
  log(`${groups.length} transactions in ${total.toFixed(1)} s`);
  for (const [kind, k] of [...perKind.entries()].sort((a, b) => b[1].ms - a[1].ms))
    process.stdout.write(
      `${kind.padEnd(72)} ${k.ms.toFixed(0).padStart(8)} ${((100 * k.ms) / (total * 1000)).toFixed(0).padStart(5)}% ${String(k.n).padStart(6)}\n`,
    );
} finally {
  await ld.close();
  await driver.close();
  await neo4j.stop();
}

async function loadGroups(groups) {
  for (const group of groups) {
    const batch = mergeBatch(group);
    const t0 = now();
    await runner.transact(async (tx) => {
      // Statements are timed one at a time: a read sent behind a run waits for it, as Bolt would.
      let pending = Promise.resolve();
      const timedTx = {
        read: async (text, params) => {
          await pending.catch(() => undefined);
          const t = now();
          const out = await tx.read(text, params);
          add(`read: ${kindOf(text)}`, now() - t);
          return out;
        },
        query: async (text, params) => {
          const t = now();
          const out = await tx.query(text, params);
          add(`query: ${kindOf(text)}`, now() - t);
          return out;
        },
        run: (statements) => {
          const done = (async () => {
            let counters;
            for (const st of statements) {
              const t = now();
              counters = await tx.run([st]);
              add(kindOf(st.text), now() - t);
            }
            return counters;
          })();
          pending = done;
          return done;
        },
      };
      // The corpus loads into an emptied database: every batch is new, as loadDocuments would see.
      return loadWithIdentities(timedTx, batch, batchSize, true);
    });
    add('transaction (all, commit included)', now() - t0);
  }
}
