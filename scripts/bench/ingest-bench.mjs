import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleGenerator } from './articles.mjs';
import { clearDatabase, openDriver } from './bench-neo4j.mjs';

const BIN = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));

/** Writes `n` generated articles as JSON Lines; returns the path. */
export async function writeCorpus(dir, n, seed = 31) {
  const path = join(dir, `articles-${n}.jsonl`);
  const out = createWriteStream(path);
  const next = articleGenerator({ seed });
  for (let j = 0; j < n; j += 1) {
    if (!out.write(`${JSON.stringify(next(j))}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

/**
 * Runs the built CLI's `ingest FILE --json` as a child process into an emptied database and
 * measures wall time and peak resident memory (VmHWM, polled from /proc; the CLI's own
 * `maxRssMb` in its summary is preferred when it reports one).
 */
export async function runIngest({ settings, file, extraArgs = [], bin = BIN, log }) {
  const driver = openDriver(settings);
  try {
    await clearDatabase(driver, { database: settings.database });
  } finally {
    await driver.close();
  }
  const env = {
    ...process.env,
    NEO4J_URI: settings.uri,
    NEO4J_USERNAME: settings.username,
    NEO4J_PASSWORD: settings.password,
    NEO4J_DATABASE: settings.database,
  };
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [bin, 'ingest', file, '--json', ...extraArgs], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let peakKb = 0;
  const poll = setInterval(
    () => void vmHwmKb(child.pid).then((kb) => (peakKb = Math.max(peakKb, kb))),
    50,
  );
  const [code] = await once(child, 'close');
  clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let summary;
  try {
    summary = JSON.parse(stdout.trim().split('\n').pop() ?? '');
  } catch {
    summary = undefined;
  }
  if (code !== 0 || summary === undefined) {
    const why = stderr.trim().split('\n').slice(-3).join(' | ');
    throw new Error(`ingest exited with ${code}: ${why || '(no output)'}`);
  }
  const peakRssMb = typeof summary.maxRssMb === 'number' ? summary.maxRssMb : peakKb / 1024;
  log(
    `  ${summary.articles} articles loaded, ${summary.failures?.length ?? 0} failed, ${seconds.toFixed(1)} s, peak RSS ${peakRssMb.toFixed(0)} MB`,
  );
  return {
    articles: summary.articles,
    failures: summary.failures?.length ?? 0,
    seconds,
    peakRssMb,
    summary,
  };
}

async function vmHwmKb(pid) {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export async function withTempDir(fn) {
  const dir = await mkdtemp(join(tmpdir(), 'newsgraph-bench-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
