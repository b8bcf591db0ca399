import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings, openDriver } from '../../../test/neo4j.js';
import { runCli } from './test-context.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SAMPLE = `${root}examples/00-nato-islamic-state.txt`;

function envFor(overrides: Partial<ReturnType<typeof neo4jSettings>> = {}): NodeJS.ProcessEnv {
  const s = { ...neo4jSettings(), ...overrides };
  return {
    NEO4J_URI: s.uri,
    NEO4J_USERNAME: s.username,
    NEO4J_PASSWORD: s.password,
    NEO4J_DATABASE: s.database ?? 'neo4j',
  };
}

let driver: Driver;
async function rows(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(cypher, params, {
    database: neo4jSettings().database ?? 'neo4j',
  });
  return result.records.map((r) => r.toObject());
}

beforeAll(async () => {
  driver = openDriver();
  await rows('MATCH (n) DETACH DELETE n');
  // In-process runs use the TypeScript sources, where no built worker file exists: one thread.
  const res = await runCli(['ingest', '--workers', '1', '--json', SAMPLE], { env: envFor() });
  expect(res.stderr).not.toContain('failed:');
  expect(res.code).toBe(0);
});
afterAll(async () => driver.close());

describe('newsgraph ingest of the sample article', () => {
  it('finds the states that oppose the United States, with the sentence behind it', async () => {
    const found = await rows(
      `MATCH (s:State)-[r:OPPOSES]->(:State {id: 'state:USA'})
       MATCH (a:Article {id: r.articleId})
       RETURN s.name AS state, r.sentence AS sentence, r.start AS start, r.end AS end, a.id AS article ORDER BY state`,
    );
    expect(found.map((r) => r.state)).toEqual(expect.arrayContaining(['France', 'Germany']));
    for (const r of found) {
      expect(r.article).toBe('00-nato-islamic-state');
      expect(r.sentence).toContain('pushing back against');
    }
  });

  it('tells who is quoted and with which words', async () => {
    const quotes = await rows(
      `MATCH (:Article {id: '00-nato-islamic-state'})-[q:QUOTES]->(p:Person) RETURN p.name AS who, q.text AS text`,
    );
    const who = new Set(quotes.map((q) => q.who));
    expect(who).toEqual(new Set(['Jens Stoltenberg', 'Roderich Kiesewetter']));
    expect(quotes.map((q) => q.text).join(' ')).toContain(
      'But no decision has been taken and discussion is going on.',
    );
  });

  it("lists Germany's allies", async () => {
    const allies = await rows(
      `MATCH (:State {id: 'state:DEU'})-[r:ALLIED_WITH]-(x) RETURN x.id AS ally, r.sentence AS sentence`,
    );
    expect(allies.map((a) => a.ally)).toEqual(['state:TUR']);
    expect(String(allies[0]?.sentence)).toContain('NATO ally Turkey');
  });

  it('says who leads NATO and in what role', async () => {
    const leads = await rows(
      `MATCH (p:Person)-[r:LEADS]->(:Organization {id: 'org:nato'}) RETURN p.name AS who, r.role AS role`,
    );
    expect(leads).toEqual([{ who: 'Jens Stoltenberg', role: 'Secretary General' }]);
  });

  it('keeps mentions and article metadata', async () => {
    const [article] = await rows(
      `MATCH (a:Article {id: '00-nato-islamic-state'}) OPTIONAL MATCH (a)-[m:MENTIONS]->() RETURN a.title AS title, count(m) AS mentions`,
    );
    expect(article?.title).toBe(
      'Trump Meets Resistance in Push to Expand NATO’s Islamic State Fight',
    );
    expect(Number(article?.mentions)).toBeGreaterThan(10);
  });

  it('changes nothing when the same article is ingested again', async () => {
    const count = async (): Promise<unknown[]> =>
      (
        await rows(
          'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r',
        )
      ).map((r) => [r.n, r.r]);
    const before = await count();
    // The built CLI, extracting on two worker threads this time.
    const bin = `${root}packages/cli/dist/bin.js`;
    const res = spawnSync(process.execPath, [bin, 'ingest', '--workers', '2', '--json', SAMPLE], {
      env: { ...process.env, ...envFor() },
      encoding: 'utf8',
    });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({
      skipped: 1,
      nodesCreated: 0,
      relationshipsCreated: 0,
      failures: [],
    });
    expect(await count()).toEqual(before);
  });
});

describe('newsgraph connection errors', () => {
  it('says the credentials are wrong in one line, without printing the password', async () => {
    const res = await runCli(['stats'], { env: envFor({ password: 'wrong-password-xyz' }) });
    expect(res.code).toBe(1);
    expect(res.stderr.split('\n')[0]).toMatch(
      /^newsgraph: .*(authentication|credentials|unauthorized)/i,
    );
    expect(res.stderr).not.toContain('wrong-password-xyz');
  });

  it('says the server cannot be reached', async () => {
    const res = await runCli(['stats'], { env: envFor({ uri: 'bolt://127.0.0.1:1' }) });
    expect(res.code).toBe(1);
    expect(res.stderr.split('\n')[0]).toMatch(/^newsgraph: .*127\.0\.0\.1:1/);
  });

  it('says the database does not exist', async () => {
    const res = await runCli(['ingest', '--workers', '1', SAMPLE], {
      env: envFor({ database: 'nosuchdb' }),
    });
    expect(res.code).toBe(1);
    expect(res.stderr.split('\n')[0]).toMatch(/^newsgraph: .*nosuchdb/);
  });
});

describe('the README main command', () => {
  it('ingests the sample article and says where to look in Neo4j Browser', () => {
    const result = spawnSync(process.execPath, ['scripts/demo.mjs'], {
      cwd: root,
      env: { ...process.env, ...envFor() },
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /ingest: 1 input\(s\), \d+ article\(s\) loaded|1 unchanged skipped/,
    );
    expect(result.stderr).toContain('Open Neo4j Browser at');
    expect(result.stdout).toMatch(/\(:State\)\s+\d+/);
  });
});
