#!/usr/bin/env node
/**
 * Times our loader alone on a synthetic corpus, warm (a first pass on a slice is not recorded),
 * for comparing builds or batch sizes under the same machine load. Besides wall time it reports
 * the CPU seconds the database server and this process spent, which other work on a shared
 * machine skews far less. Usage: node scripts/bench/ab-loader.mjs [--articles N] [--rounds R]
 * [--dist path/to/loader/dist ...] [--batch-size B ...] [--drop index,index ...] (every dist with
 * every batch size and every set of dropped indexes, one after the other, R measured rounds).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { benchNeo4j, clearDatabase, openDriver } from './bench-neo4j.mjs';
import { makeGraphDocuments } from './corpus.mjs';

const { values: opts } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '1' },
    dist: { type: 'string', multiple: true, default: ['packages/loader/dist'] },
    'batch-size': { type: 'string', multiple: true, default: [] },
    drop: { type: 'string', multiple: true, default: [] },
  },
});
const log = (line) => process.stderr.write(`${line}\n`);
const neo4j = await benchNeo4j({ env: process.env, clear: false, log });
const driver = openDriver(neo4j.settings);
const db = { database: neo4j.settings.database };
const docs = makeGraphDocuments({ articles: Number(opts.articles) });
const sizes = opts['batch-size'].length === 0 ? [undefined] : opts['batch-size'].map(Number);
// Each --drop is a variant: the comma-separated indexes dropped after the schema ('none': none).
const drops = opts.drop.length === 0 ? ['none'] : opts.drop;
const tick = Number(process.env.CLK_TCK ?? 100);

/** CPU seconds (user + system) of this process's descendants: the local database server. */
function serverCpuSeconds() {
  const stats = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ');
      stats.set(Number(name), {
        ppid: Number(fields[1]),
        cpu: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      // The process ended meanwhile.
    }
  }
  const descends = (pid) => {
    for (let p = pid; p > 1; p = stats.get(p)?.ppid ?? 0) if (p === process.pid) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, s] of stats) if (pid !== process.pid && descends(pid)) ticks += s.cpu;
  return ticks / tick;
}

async function loadOnce(dist, batchSize, list, drop) {
  const loaderApi = await import(pathToFileURL(path.resolve(dist, 'index.js')).href);
  await clearDatabase(driver, { ...db, schema: true });
  // Builds from before the loader took a connection (openDriver) take the settings.
  const loader = loaderApi.createLoader(
    loaderApi.openDriver ? loaderApi.openDriver(neo4j.settings) : neo4j.settings,
    batchSize === undefined ? {} : { batchSize },
  );
  try {
    await loader.applySchema();
    for (const index of drop === 'none' ? [] : drop.split(','))
      await driver.executeQuery(`DROP INDEX ${index.replace(/\W/g, '')} IF EXISTS`, {}, db);
    const [server, own] = [serverCpuSeconds(), process.cpuUsage()];
    const started = process.hrtime.bigint();
    for (let i = 0; i < list.length; i += 200) await loader.loadDocuments(list.slice(i, i + 200));
    const own2 = process.cpuUsage(own);
    return {
      wall: Number(process.hrtime.bigint() - started) / 1e9,
      server: serverCpuSeconds() - server,
      client: (own2.user + own2.system) / 1e6,
    };
  } finally {
    await loader.close();
  }
}

try {
  const rounds = Number(opts.rounds);
  for (let round = 0; round <= rounds; round += 1) {
    for (const dist of opts.dist) {
      for (const [size, drop] of sizes.flatMap((z) => drops.map((d) => [z, d]))) {
        const list = round === 0 ? docs.slice(0, 300) : docs;
        const t = await loadOnce(dist, size, list, drop);
        log(
          `${round === 0 ? 'warm-up ' : `round ${round}`} ${dist} batch ${size ?? 'default'} drop ${drop}: ` +
            `${list.length} articles in ${t.wall.toFixed(1)} s wall, server CPU ${t.server.toFixed(1)} s, ` +
            `client CPU ${t.client.toFixed(1)} s`,
        );
      }
    }
  }
} finally {
  await driver.close();
  await neo4j.stop();
}
