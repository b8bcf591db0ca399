import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings, type Neo4jSettings } from '../../../../test/neo4j.js';

const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/**
 * Four short articles written for this test, as a user would ingest them: two years apart with
 * "President Bush" (the bundled actor table's two presidents of that name, told apart by the
 * date), and "Tony Blair" in one article, "Mr Blair" alone in a later one.
 */
const ARTICLES = [
  {
    id: 'bush-1990',
    publishedAt: '1990-08-10',
    text: 'Gulf crisis\n\nPresident Bush said on Friday that the United States would send more troops to the region.',
  },
  {
    id: 'bush-2004',
    publishedAt: '2004-03-02',
    text: 'Iraq policy\n\nPresident Bush said on Tuesday that the United States would not leave before the handover.',
  },
  {
    id: 'blair-full',
    publishedAt: '2004-03-02',
    text: 'Talks in London\n\nTony Blair met European ministers in London on Monday to discuss the budget.',
  },
  {
    id: 'blair-surname',
    publishedAt: '2005-06-01',
    text: 'Budget row\n\nMr Blair said on Wednesday that Britain would not give up its rebate.',
  },
];

let settings: Neo4jSettings;
let driver: Driver;
let dir: string;

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run pnpm build first`);
  settings = neo4jSettings();
  driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
  });
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-people-'));
});

afterAll(async () => {
  await driver?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function query(cypher: string): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, {}, { database: settings.database });
  return records.map((r) => r.toObject());
}

/** `newsgraph ingest` of the given articles, one JSON Lines file per call. */
async function ingest(articles: readonly (typeof ARTICLES)[number][], name: string) {
  const file = join(dir, `${name}.jsonl`);
  await writeFile(file, articles.map((a) => `${JSON.stringify(a)}\n`).join(''));
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--json'], {
    env: {
      ...process.env,
      NEO4J_URI: settings.uri,
      NEO4J_USERNAME: settings.username,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = await once(child, 'close');
  expect(code, stderr).toBe(0);
}

/** Each person: id, name, the articles that mention it, and the states it leads. */
async function people() {
  return query(`
    MATCH (p:Person)
    RETURN p.id AS id, p.name AS name,
      [(a:Article)-[:MENTIONS]->(p) | a.id] AS articles,
      [(p)-[:LEADS]->(s:State) | s.id] AS leads
    ORDER BY id`);
}

function sorted(row: Record<string, unknown>) {
  return { ...row, articles: [...(row.articles as string[])].sort() };
}

describe('people across articles, ingested in either order', () => {
  for (const [order, articles] of [
    ['in date order', ARTICLES],
    ['in reverse order', [...ARTICLES].reverse()],
  ] as const) {
    it(`gives the two Presidents Bush two nodes and "Mr Blair" Tony Blair's node, ${order}`, async () => {
      await query('MATCH (n) DETACH DELETE n');
      // One article per ingest call: each is loaded against what the database already holds.
      for (const [i, article] of articles.entries()) await ingest([article], `${order}-${i}`);
      expect((await people()).map(sorted)).toEqual([
        {
          id: 'person:george-bush',
          name: 'George Bush',
          articles: ['bush-1990'],
          leads: ['state:USA'],
        },
        {
          id: 'person:george-w-bush',
          name: 'George W. Bush',
          articles: ['bush-2004'],
          leads: ['state:USA'],
        },
        {
          id: 'person:tony-blair',
          name: 'Tony Blair',
          articles: ['blair-full', 'blair-surname'],
          leads: [],
        },
      ]);
    });
  }
});
