import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidGraphDocument } from '@newsgraph/graph-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../../scripts/neo4j/local-neo4j.mjs';
import { doc, entity, quote, relation } from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { createLoader, type Loader } from './index.js';
import { openConnection } from '../../../test/neo4j.js';

/** Per-transaction memory on the dedicated server: one article fits, all of them at once do not. */
const TRANSACTION_MAX = '4MB';
const ARTICLES = 120;
/** Padding on each evidence sentence, so that an article weighs some kilobytes in the server. */
const PADDING = 'x'.repeat(2_000);

const STATES = ['FRA', 'DEU', 'USA', 'TUR', 'RUS', 'CHN'].map((key) =>
  entity('State', `State ${key}`, { key }),
);
const PEOPLE = ['Ada', 'Ben', 'Cy', 'Dee'].map((name) => entity('Person', `${name} Person`));

/** Articles with 4 facts and a quote each, every evidence sentence a few kilobytes long. */
function heavyDocs(n: number): ValidGraphDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const a = STATES[i % STATES.length]!;
    const b = STATES[(i + 1) % STATES.length]!;
    const c = STATES[(i + 2) % STATES.length]!;
    const p = PEOPLE[i % PEOPLE.length]!;
    const say = (what: string): string => `${what} (${i}) ${PADDING}`;
    return doc(`memory:${i}`, {
      text: `memory article ${i}`,
      entities: [a, b, c, p],
      relations: [
        relation('OPPOSES', a, b, say(`${a.name} opposes ${b.name}`)),
        relation('SUPPORTS', p, c, say(`${p.name} backs ${c.name}`)),
        relation('ALLIED_WITH', b, c, say(`${b.name} and ${c.name} are allies`)),
        relation('LEADS', p, a, say(`${p.name} leads ${a.name}`), { role: 'President' }),
        quote(p, say('Words')),
      ],
    });
  });
}

// A server of its own, since the limit is a server setting (and not a dynamic one on Community:
// dbms.setConfigValue is Enterprise-only).
describe('a load that exceeds the server transaction memory limit', () => {
  let home: string | undefined;
  let server: LocalNeo4j | undefined;
  let graph: Graph | undefined;
  let loader: Loader | undefined;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'newsgraph-memory-limit-'));
    const boltPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === boltPort) httpPort = await freePort();
    server = await startLocalNeo4j({
      dataDir: home,
      boltPort,
      httpPort,
      password: 'newsgraph-memory',
      quickStart: true,
      settings: { 'db.memory.transaction.max': TRANSACTION_MAX },
    });
    graph = new Graph(server);
  }, 240_000);

  afterAll(async () => {
    try {
      await loader?.close();
      await graph?.close();
    } finally {
      await server?.stop();
      if (home) await rm(home, { recursive: true, force: true });
    }
  }, 120_000);

  it('is split until each transaction fits, and loads every article once', async () => {
    const settings = await graph!.query<{ value: string }>(
      "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
    );
    expect(settings).toEqual([{ value: '4.00MiB' }]);

    const warnings: string[] = [];
    const debug: string[] = [];
    // The driver's default retry time (30 s): a limit hit at commit (here: the 30-article
    // halves) must not be retried whole for that long before the batch is split.
    if (server === undefined) throw new Error('the memory-limited server did not start');
    loader = createLoader(openConnection(server), {
      batchSize: 100_000,
      logger: { warn: (m) => warnings.push(m), debug: (m) => debug.push(m) },
    });
    const docs = heavyDocs(ARTICLES);
    const summary = await loader.loadDocuments(docs);

    expect(summary.failures).toEqual([]);
    expect(summary.articles).toBe(ARTICLES);
    expect(summary.skipped).toBe(0);
    // The whole load was tried as one transaction, hit the limit and was split.
    expect(warnings[0]).toBe(
      `transaction of ${ARTICLES} articles failed (server memory limit); splitting it`,
    );
    expect(warnings.every((w) => w.includes('(server memory limit); splitting it'))).toBe(true);
    const attempts = debug.filter((m) => m.startsWith('transaction attempt failed'));
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.every((m) => /Neo\.TransientError\.General\.\w*Memory\w*/.test(m))).toBe(true);
    // Each oversized batch was tried once, then split: never retried whole.
    expect(attempts).toHaveLength(warnings.length);
    const written = debug.filter((m) => m.startsWith('wrote ')).length;
    expect(written).toBeGreaterThan(1);

    const count = async (cypher: string): Promise<number> => {
      const [row] = await graph!.query<{ n: number }>(cypher);
      return row?.n ?? -1;
    };
    expect(await count('MATCH (a:Article) RETURN count(a) AS n')).toBe(ARTICLES);
    expect(await count('MATCH (a:Article) RETURN count(DISTINCT a.id) AS n')).toBe(ARTICLES);
    expect(await count('MATCH (:Article)-[r:MENTIONS]->(:Entity) RETURN count(r) AS n')).toBe(
      ARTICLES * 4,
    );
    expect(await count('MATCH (:Article)-[r:QUOTES]->() RETURN count(r) AS n')).toBe(ARTICLES);
    expect(await count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n')).toBe(ARTICLES * 4);
    // One fact of each kind per article, never two.
    const perArticle = await graph!.query<{ n: number }>(
      'MATCH (:Entity)-[r]->(:Entity) WITH r.articleId AS id, type(r) AS t, count(*) AS n RETURN max(n) AS n',
    );
    expect(perArticle).toEqual([{ n: 1 }]);
    expect(await count('MATCH (e:Entity) RETURN count(e) AS n')).toBe(
      STATES.length + PEOPLE.length,
    );
  }, 240_000);
});
