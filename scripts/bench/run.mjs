#!/usr/bin/env node
/**
 * `pnpm bench`: extraction, loading and end-to-end ingest measured side by side in one run,
 * against targets. Needs the built packages (`pnpm build`). Options:
 *   --articles N        synthetic corpus size for loading and ingest (default 10000)
 *   --small N           the smaller ingest to compare memory with (default 1000)
 *   --naive-seconds S   time budget of the naive baseline, whose rate is extrapolated (default 30)
 *   --min-words W       words for the one-thread extraction run (default 1000000)
 *   --long-mb LIST      sizes in MB of the single long texts extracted (default 1,4,16)
 *   --only LIST         some of extract,load,ingest (default all)
 *   --ingest-args "…"   extra arguments for `newsgraph ingest` (e.g. "--workers 2")
 *   --batch-size B      the loader's batch size (default: the loader's own)
 *   --cli PATH          the CLI to run for ingest (default packages/cli/dist/bin.js)
 *   --clear             allow emptying the database in NEO4J_URI
 *   --json              one JSON object on stdout instead of the table
 * Progress goes to stderr. The database is NEO4J_URI if set, else a local one of its own.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus, loadavg, totalmem } from 'node:os';
import { benchNeo4j } from './bench-neo4j.mjs';
import { benchExtract } from './extract-bench.mjs';
import { runIngest, withTempDir, writeCorpus } from './ingest-bench.mjs';
import { formatTable, targets } from './report.mjs';

const OPTIONS = {
  articles: { type: 'string', default: '10000' },
  small: { type: 'string', default: '1000' },
  'naive-seconds': { type: 'string', default: '30' },
  'min-words': { type: 'string', default: '1000000' },
  'long-mb': { type: 'string', default: '1,4,16' },
  only: { type: 'string', default: 'extract,load,ingest' },
  'ingest-args': { type: 'string', default: '' },
  cli: { type: 'string' },
  'batch-size': { type: 'string' },
  clear: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
};

/** The options, or a one-line error and exit 2 (`--help` prints the options above). */
function readOptions() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(
      `pnpm bench [${Object.keys(OPTIONS)
        .map((o) => `--${o}`)
        .join('] [')}]\n`,
    );
    process.stdout.write(
      'See the comment at the top of scripts/bench/run.mjs for what each does.\n',
    );
    process.exit(0);
  }
  try {
    return parseArgs({ args, options: OPTIONS }).values;
  } catch (error) {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
}
const opts = readOptions();
const positive = (name) => {
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: --${name} must be a positive integer, not "${opts[name]}"\n`);
    process.exit(2);
  }
  return n;
};
const N = positive('articles');
const SMALL = Math.min(positive('small'), N);
const only = new Set(opts.only.split(',').map((s) => s.trim()));
const log = (line) => process.stderr.write(`${line}\n`);

const result = {
  articles: N,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    // Other work on the machine skews every number: recorded so a reader can tell.
    loadAverageAtStart: loadavg()[0],
  },
  errors: {},
};

async function section(name, fn) {
  if (!only.has(name)) return;
  try {
    await fn();
  } catch (error) {
    result.errors[name] = error instanceof Error ? error.message : String(error);
    log(`${name}: FAILED: ${result.errors[name]}`);
  }
}

// Extraction first, before the database takes its share of the CPU.
await section('extract', async () => {
  const longMb = opts['long-mb'].split(',').map(Number);
  if (longMb.some((mb) => !(mb > 0))) {
    log(`bench: --long-mb must be sizes in MB separated by commas, not "${opts['long-mb']}"`);
    process.exit(2);
  }
  Object.assign(result, await benchExtract({ minWords: positive('min-words'), longMb, log }));
});

let neo4j;
const stopNeo4j = async () => {
  const server = neo4j;
  neo4j = undefined;
  await server?.stop();
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`bench: ${signal}, stopping Neo4j`);
    void stopNeo4j().finally(() => process.exit(130));
  });
}

try {
  if (only.has('load') || only.has('ingest')) {
    neo4j = await benchNeo4j({ env: process.env, clear: opts.clear, log });
    result.database = neo4j.where;
  }
  await section('load', async () => {
    const { makeGraphDocuments, countRelationships } = await import('./corpus.mjs');
    const { benchLoad } = await import('./load-bench.mjs');
    const docs = makeGraphDocuments({ articles: N });
    log(`load: ${N} synthetic graph documents, ${countRelationships(docs)} relationships`);
    const load = await benchLoad({
      settings: neo4j.settings,
      docs,
      log,
      naiveSeconds: Number(opts['naive-seconds']),
      loaderOptions: opts['batch-size'] ? { batchSize: positive('batch-size') } : {},
    });
    Object.assign(result, {
      loadRelsPerSec: load.ours.rels / load.ours.seconds,
      loadSeconds: load.ours.seconds,
      loadRels: load.ours.rels,
      naiveRelsPerSec: load.naive.rels / load.naive.seconds,
      naiveSampled: load.naive.sampled,
      naiveArticles: load.naive.articles,
      naiveSeconds: load.naive.seconds,
      naiveExtrapolatedSeconds: load.ours.rels / (load.naive.rels / load.naive.seconds),
      createBoundRelsPerSec: load.create.rels / load.create.seconds,
      createBoundSeconds: load.create.seconds,
      reloadRelsPerSec: load.reload.rels / load.reload.seconds,
      reloadSeconds: load.reload.seconds,
      reloadSkipped: load.reload.summary.skipped,
      reloadUnchanged: load.reload.unchanged,
      graphCounts: load.ours.counts,
    });
  });
  await section('ingest', async () => {
    const extraArgs = opts['ingest-args'].split(/\s+/).filter(Boolean);
    await withTempDir(async (dir) => {
      for (const [n, key] of [
        [SMALL, 'ingestSmall'],
        [N, 'ingest'],
      ]) {
        if (key === 'ingestSmall' && SMALL === N) continue;
        log(`ingest: writing ${n} generated articles as JSON Lines`);
        const file = await writeCorpus(dir, n);
        log(`ingest: newsgraph ingest ${file} --json ${extraArgs.join(' ')}`);
        const run = await runIngest({
          settings: neo4j.settings,
          file,
          extraArgs,
          log,
          ...(opts.cli ? { bin: resolve(opts.cli) } : {}),
        });
        result[`${key}Articles`] = run.articles;
        result[`${key}Inputs`] = n;
        result[`${key}Failures`] = run.failures;
        result[`${key}Seconds`] = run.seconds;
        result[`${key}PeakRssMb`] = run.peakRssMb;
      }
    });
  });
} finally {
  await stopNeo4j();
}

result.machine.loadAverageAtEnd = loadavg()[0];
result.targets = targets(result);
if (opts.json) process.stdout.write(`${JSON.stringify(result)}\n`);
else process.stdout.write(formatTable(result));
process.exitCode = Object.keys(result.errors).length > 0 ? 1 : 0;
