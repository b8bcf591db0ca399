import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleGenerator } from '../../../../scripts/bench/articles.mjs';
import { neo4jSettings, type Neo4jSettings } from '../../../../test/neo4j.js';

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
const ARTICLES = 400;

let settings: Neo4jSettings;
let driver: Driver;
let dir: string;
let corpus: string;

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm build first`);
  settings = neo4jSettings();
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
  });
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-resume-'));
  corpus = join(dir, 'articles.jsonl');
  const next = articleGenerator({ seed: 5 });
  await writeFile(
    corpus,
    Array.from({ length: ARTICLES }, (_, j) => `${JSON.stringify(next(j))}\n`).join(''),
  );
});

afterAll(async () => {
  await driver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function query(cypher: string): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, {}, { database: settings.database });
  return records.map((r) => r.toObject());
}

async function clear(): Promise<void> {
  // CALL … IN TRANSACTIONS runs only in an auto-commit transaction, hence session.run.
  const session = driver.session({ database: settings.database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** Nodes by label and relationships by type: what "nothing duplicated or lost" is checked on. */
async function counts(): Promise<Record<string, number>> {
  const rows = await query(`
    CALL { MATCH (n) UNWIND labels(n) AS k RETURN 'label:' + k AS key, count(*) AS n
           UNION ALL MATCH ()-[r]->() RETURN 'type:' + type(r) AS key, count(*) AS n }
    RETURN key, n ORDER BY key`);
  return Object.fromEntries(rows.map((r) => [String(r.key), Number(r.n)]));
}

async function count(cypher: string): Promise<number> {
  return Number((await query(cypher))[0]?.n ?? 0);
}

function ingest(): ChildProcess & {
  result: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--json'], {
    env: {
      ...process.env,
      NEO4J_URI: settings.uri,
      NEO4J_USERNAME: settings.username,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const result = once(child, 'close').then(([code]) => ({
    code: code as number | null,
    stdout,
    stderr,
  }));
  return Object.assign(child, { result });
}

interface Summary {
  articles: number;
  skipped: number;
  failures: unknown[];
}

async function ingestToEnd(): Promise<Summary> {
  const { code, stdout, stderr } = await ingest().result;
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as Summary;
}

describe('ingest, interrupted and run again', () => {
  it('finishes with the same graph as an uninterrupted run, nothing duplicated or lost', async () => {
    await clear();
    const clean = await ingestToEnd();
    expect(clean).toMatchObject({ articles: ARTICLES, skipped: 0, failures: [] });
    const expected = await counts();

    await clear();
    const first = ingest();
    let loaded = 0;
    for (;;) {
      loaded = await count('MATCH (a:Article) RETURN count(a) AS n');
      if (loaded >= ARTICLES / 10 || first.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.kill('SIGKILL');
    const killed = await first.result;
    expect(
      killed.code,
      'ingest finished before it could be interrupted: use a larger corpus',
    ).toBeNull();
    loaded = await count('MATCH (a:Article) RETURN count(a) AS n');
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThan(ARTICLES);
    // Articles are written whole: none was left without its mentions.
    expect(
      await count(
        'MATCH (a:Article) WHERE NOT EXISTS { (a)-[:MENTIONS]->() } RETURN count(a) AS n',
      ),
    ).toBe(0);

    const resumed = await ingestToEnd();
    expect(resumed.failures).toEqual([]);
    expect(resumed.skipped).toBeGreaterThanOrEqual(loaded);
    expect(resumed.articles + resumed.skipped).toBe(ARTICLES);
    expect(await counts()).toEqual(expected);
    expect(
      await count(
        `MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS k WHERE k > 1 RETURN count(*) AS n`,
      ),
    ).toBe(0);
    expect(
      await count(`MATCH (s:Entity)-[r]->(t:Entity) WITH type(r) AS type, r.articleId AS article, s, t, count(r) AS k
                   WHERE k > 1 RETURN count(*) AS n`),
    ).toBe(0);
  }, 600_000);
});
