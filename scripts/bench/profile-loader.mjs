#!/usr/bin/env node
/**
 * Where the loader's time goes: plans the loader's transactions for a synthetic corpus exactly as
 * it does (its built internals), then runs them statement by statement, timing each kind, and
 * PROFILEs one of each for database hits. Usage: node scripts/bench/profile-loader.mjs [--articles N]
 * [--batch-size B]. Uses NEO4J_URI if set (and empties it: pass --clear), else a local Neo4j.
 */
import { parseArgs } from 'node:util';
import { chunk, groupIntoBatches, mergeBatch } from '../../packages/loader/dist/batches.js';
import { createLoader } from '../../packages/loader/dist/index.js';
import { buildDocumentRows } from '../../packages/loader/dist/rows.js';
import { planBatch } from '../../packages/loader/dist/write-plan.js';
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
  text.trim().split('\n').slice(1, 3).join(' ').replace(/\s+/g, ' ').slice(0, 70);

const neo4j = await benchNeo4j({ env: process.env, clear: opts.clear, log });
const driver = openDriver(neo4j.settings);
const db = { database: neo4j.settings.database };
try {
  await clearDatabase(driver, { ...db, schema: true });
  const loader = createLoader(neo4j.settings, { batchSize });
  await loader.applySchema();
  await loader.close();
  const docs = makeGraphDocuments({ articles: N });
  const rows = docs.map((d) => buildDocumentRows(d));
  const groups = chunk(rows, Math.max(100, batchSize)).flatMap((w) =>
    groupIntoBatches(w, batchSize),
  );
  log(`${N} articles in ${groups.length} transactions of ≤ ${batchSize} rows`);
  const perKind = new Map();
  const profiled = new Map();
  const session = driver.session(db);
  const started = Date.now();
  let statements = 0;
  for (const [g, group] of groups.entries()) {
    const plan = planBatch(mergeBatch(group), batchSize);
    for (const st of plan) {
      const kind = kindOf(st.text);
      const t0 = process.hrtime.bigint();
      const profile = g === Math.floor(groups.length / 2) && !profiled.has(kind);
      const res = await session.executeWrite((tx) =>
        tx.run(profile ? `PROFILE ${st.text}` : st.text, st.params),
      );
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      statements += 1;
      const k = perKind.get(kind) ?? { ms: 0, n: 0, rows: 0 };
      k.ms += ms;
      k.n += 1;
      k.rows += st.params.rows?.length ?? st.params.ids?.length ?? 1;
      perKind.set(kind, k);
      if (profile) profiled.set(kind, dbHits(res.summary.profile));
    }
  }
  const total = (Date.now() - started) / 1000;
  await session.close();
  log(`${statements} statements, each in its own transaction, in ${total.toFixed(1)} s`);
  const lines = [...perKind.entries()].sort((a, b) => b[1].ms - a[1].ms);
  process.stdout.write(
    `${'statement'.padEnd(72)} ${'ms'.padStart(8)} ${'share'.padStart(6)} ${'calls'.padStart(6)} ${'rows'.padStart(7)} ${'dbHits(1)'.padStart(9)}\n`,
  );
  for (const [kind, k] of lines)
    process.stdout.write(
      `${kind.padEnd(72)} ${k.ms.toFixed(0).padStart(8)} ${((100 * k.ms) / (total * 1000)).toFixed(0).padStart(5)}% ${String(k.n).padStart(6)} ${String(k.rows).padStart(7)} ${String(profiled.get(kind) ?? '').padStart(9)}\n`,
    );
} finally {
  await driver.close();
  await neo4j.stop();
}

function dbHits(plan) {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((n, c) => n + dbHits(c), 0);
}
