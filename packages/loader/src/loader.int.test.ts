import { createServer } from 'node:net';
import {
  describeError,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type GraphDocument,
  type ValidGraphDocument,
} from '@newsgraph/graph-schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { controlServer, neo4jSettings, openConnection } from '../../../test/neo4j.js';
import {
  FRANCE,
  GERMANY,
  MERKEL,
  NATO,
  USA,
  doc,
  entity,
  natoArticle,
  quote,
  relation,
  syntheticDocs,
} from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { createLoader, validateDocument, type Loader, type LoaderOptions } from './index.js';

let graph: Graph;
const open: Loader[] = [];
const loader = (options: LoaderOptions = {}, settings = neo4jSettings()): Loader => {
  const l = createLoader(openConnection(settings), options);
  open.push(l);
  return l;
};

beforeAll(() => {
  graph = new Graph(neo4jSettings());
});
beforeEach(async () => {
  await graph.clear();
});
afterAll(async () => {
  await Promise.all(open.map((l) => l.close()));
  await graph.close();
});

/** What loading `docs` must leave, counted from the documents themselves. */
function expectedCounts(docs: readonly GraphDocument[]) {
  const last = new Map(docs.map((d) => [d.article.id, d]));
  const all = [...last.values()];
  return {
    articles: all.length,
    mentions: all.reduce((n, d) => n + d.entities.length, 0),
    quotes: all.reduce((n, d) => n + d.relations.filter((r) => r.type === 'QUOTES').length, 0),
    facts: all.reduce((n, d) => n + d.relations.filter((r) => r.type !== 'QUOTES').length, 0),
    entities: new Set(all.flatMap((d) => d.entities.map((e) => e.id))).size,
  };
}

async function actualCounts() {
  return {
    articles: await graph.count('MATCH (a:Article) RETURN count(a) AS n'),
    mentions: await graph.count('MATCH ()-[r:MENTIONS]->() RETURN count(r) AS n'),
    quotes: await graph.count('MATCH ()-[r:QUOTES]->() RETURN count(r) AS n'),
    facts: await graph.count('MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n'),
    entities: await graph.count('MATCH (e:Entity) RETURN count(e) AS n'),
  };
}

describe('applySchema', () => {
  it('can be applied twice, leaving the same constraints and indexes', async () => {
    const l = loader();
    await l.applySchema();
    const first = await graph.query('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    await loader().applySchema();
    expect(await graph.query('SHOW INDEXES YIELD name RETURN name ORDER BY name')).toEqual(first);
    const names = first.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['entity_id', 'article_id', 'entity_names', 'opposes_article_id']),
    );
  });
});

describe('loadDocuments', () => {
  it('answers the sample questions with Cypher, each fact with its article and sentence', async () => {
    const summary = await loader().loadDocuments([natoArticle()]);
    expect(summary).toMatchObject({ articles: 1, skipped: 0, failures: [] });

    const opposers = await graph.query(
      `MATCH (s:State)-[r:OPPOSES]->(:State {id: 'state:USA'}) MATCH (a:Article {id: r.articleId})
       RETURN s.name AS name, a.title AS title, r.sentence AS sentence ORDER BY name`,
    );
    expect(opposers).toEqual([
      {
        name: 'France',
        title: 'Title of article:nato',
        sentence: 'France and Germany are pushing back against the U.S.',
      },
      {
        name: 'Germany',
        title: 'Title of article:nato',
        sentence: 'France and Germany are pushing back against the U.S.',
      },
    ]);
    expect(
      await graph.query(
        `MATCH (:Article)-[q:QUOTES]->(p:Person) RETURN p.name AS who, q.text AS words`,
      ),
    ).toEqual([
      {
        who: 'Jens Stoltenberg',
        words: 'But no decision has been taken and discussion is going on.',
      },
    ]);
    expect(
      await graph.query(
        `MATCH (:State {id: 'state:DEU'})-[:ALLIED_WITH]-(x) RETURN x.name AS ally`,
      ),
    ).toEqual([{ ally: 'Turkey' }]);
    expect(
      await graph.query(
        `MATCH (p:Person)-[r:LEADS]->(:Organization {id: 'org:nato'}) RETURN p.name AS who, r.role AS role, r.articleId AS article, r.start AS start`,
      ),
    ).toEqual([
      {
        who: 'Jens Stoltenberg',
        role: 'Secretary General',
        article: 'article:nato',
        start: expect.any(Number),
      },
    ]);
    const [props] = await graph.query<{ a: Record<string, unknown>; e: Record<string, unknown> }>(
      `MATCH (a:Article)-[m:MENTIONS]->(e:State {id: 'state:FRA'}) RETURN properties(a) AS a, properties(e) AS e`,
    );
    expect(props?.a).toMatchObject({
      wordCount: 3,
      extractorVersion: '1.0.0',
      source: 'Fixture News',
    });
    expect(props?.e).toEqual({
      id: 'state:FRA',
      name: 'France',
      aliases: ['France', 'French'],
      iso3: 'FRA',
    });
    expect(
      await graph.count(`MATCH ()-[r:OPPOSES]->() WHERE r.role IS NOT NULL RETURN count(r) AS n`),
    ).toBe(0);
  });

  it('leaves the graph as it was when the same document is loaded again, forced or not', async () => {
    await loader().loadDocuments([natoArticle()]);
    const before = await graph.snapshot();
    expect(await loader().loadDocuments([natoArticle()])).toMatchObject({
      articles: 0,
      skipped: 1,
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
    });
    expect(await graph.snapshot()).toEqual(before);

    const forced = await loader({ force: true }).loadDocuments([natoArticle()]);
    expect(forced).toMatchObject({ articles: 1, skipped: 0, nodesCreated: 0, nodesDeleted: 0 });
    expect(forced.relationshipsCreated).toBe(forced.relationshipsDeleted);
    expect(await graph.snapshot()).toEqual(before);
  });

  it('replaces exactly an edited article’s facts, leaving shared entities and other articles intact', async () => {
    // The other article names Germany too, which the edit drops.
    const other = doc('article:other', {
      entities: [FRANCE, USA, GERMANY],
      relations: [relation('OPPOSES', FRANCE, USA, 'France again opposes the U.S.')],
    });
    await loader().loadDocuments([natoArticle(), other]);
    const edited = doc('article:nato', {
      text: 'edited text',
      entities: [FRANCE, USA, NATO, MERKEL],
      relations: [
        relation('SUPPORTS', FRANCE, USA, 'France now backs the U.S.'),
        relation('LEADS', MERKEL, NATO, 'Merkel chairs NATO.', {
          role: 'Chair',
        }),
        quote(MERKEL, 'A new quote.'),
      ],
    });
    const summary = await loader().loadDocuments([edited]);
    expect(summary).toMatchObject({ articles: 1, failures: [] });

    const facts = await graph.query(
      `MATCH (s)-[r]->(t) WHERE r.articleId = 'article:nato' RETURN type(r) AS type, s.id AS s, t.id AS t ORDER BY type`,
    );
    expect(facts).toEqual([
      { type: 'LEADS', s: MERKEL.id, t: NATO.id },
      { type: 'QUOTES', s: 'article:nato', t: MERKEL.id },
      { type: 'SUPPORTS', s: FRANCE.id, t: USA.id },
    ]);
    // The other article's fact between the same entities is untouched.
    expect(await graph.query(`MATCH ()-[r:OPPOSES]->() RETURN r.articleId AS a`)).toEqual([
      { a: 'article:other' },
    ]);
    // Entities only the old version named are gone; shared ones remain.
    const ids = (
      await graph.query<{ id: string }>('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')
    ).map((r) => r.id);
    expect(ids).toEqual([NATO.id, MERKEL.id, GERMANY.id, FRANCE.id, USA.id].sort());
    expect(
      await graph.query(
        `MATCH (a:Article)-[:MENTIONS]->(:State {id: 'state:DEU'}) RETURN a.id AS a`,
      ),
    ).toEqual([{ a: 'article:other' }]);
    expect(await graph.count('MATCH (e) WHERE e.loaderLock IS NOT NULL RETURN count(e) AS n')).toBe(
      0,
    );
    expect(
      await graph.count(
        `MATCH (:Article {id: 'article:nato'})-[:MENTIONS]->(e) RETURN count(e) AS n`,
      ),
    ).toBe(4);
    expect(await graph.duplicateRelationships()).toBe(0);
  });

  it('keeps one node per state and person named by two articles, with two MENTIONS', async () => {
    const short = entity('Person', 'Merkel', {
      key: 'Angela Merkel',
      aliases: ['Merkel', 'the chancellor'],
    });
    const germany = { ...GERMANY, aliases: ['Germany', 'Berlin'] };
    await loader().loadDocuments([doc('a1', { entities: [GERMANY, MERKEL] })]);
    await loader().loadDocuments([doc('a2', { entities: [germany, short] })]);
    const rows = await graph.query(
      `MATCH (e:Entity) OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
       RETURN e.id AS id, e.name AS name, e.aliases AS aliases, count(m) AS mentions ORDER BY id`,
    );
    expect(rows).toEqual([
      {
        id: MERKEL.id,
        name: 'Angela Merkel',
        aliases: ['Angela Merkel', 'Merkel', 'the chancellor'],
        mentions: 2,
      },
      { id: GERMANY.id, name: 'Germany', aliases: ['Germany', 'Berlin', 'German'], mentions: 2 },
    ]);
  });

  it('stores the same fact from two articles as two relationships, one per article', async () => {
    const fact = (id: string) =>
      doc(id, {
        entities: [FRANCE, USA],
        relations: [relation('OPPOSES', FRANCE, USA, `In ${id}.`)],
      });
    await loader().loadDocuments([fact('b1'), fact('b2')]);
    expect(
      await graph.query(
        `MATCH ()-[r:OPPOSES]->() RETURN r.articleId AS a, r.sentence AS s ORDER BY a`,
      ),
    ).toEqual([
      { a: 'b1', s: 'In b1.' },
      { a: 'b2', s: 'In b2.' },
    ]);
  });

  it('loads four overlapping loads at once without duplicates or failures', async () => {
    const docs = syntheticDocs(120, 7);
    const slices = [0, 1, 2, 3].map((k) => docs.slice(k * 20, k * 20 + 60));
    const summaries = await Promise.all(
      slices.map((slice) => loader({ batchSize: 40 }).loadDocuments(slice)),
    );
    for (const s of summaries) expect(s.failures).toEqual([]);
    expect(summaries.reduce((n, s) => n + s.articles + s.skipped, 0)).toBe(240);
    expect(await actualCounts()).toEqual(expectedCounts(docs.slice(0, 120)));
    expect(await graph.duplicateRelationships()).toBe(0);
  });

  it('rejects malformed, schema-violating and smuggled documents before anything is written', () => {
    const good = JSON.parse(JSON.stringify(natoArticle('article:bad'))) as GraphDocument;
    const smuggledLabel = {
      ...good,
      entities: good.entities.map((e, i) => (i === 1 ? { ...e, type: 'State:Admin' } : e)),
    };
    const smuggledType = {
      ...good,
      relations: good.relations.map((r, i) =>
        i === 0 ? { ...r, type: 'OPPOSES]->(x) DETACH DELETE x //' } : r,
      ),
    };
    const violating = { ...good, article: { ...good.article, wordCount: -1 } };
    const cases: [unknown, string, RegExp][] = [
      [{ nonsense: true }, 'SCHEMA_VIOLATION', /^not a graph document/],
      [violating, 'SCHEMA_VIOLATION', /article\.wordCount/],
      [smuggledLabel, 'NOT_ALLOWED', /^entities\[1\]\.type/],
      [smuggledType, 'NOT_ALLOWED', /^relations\[0\]\.type/],
    ];
    for (const [value, code, message] of cases) {
      expect(() => validateDocument(value, 'bad.json')).toThrow(
        expect.objectContaining({
          code,
          where: 'bad.json',
          message: expect.stringMatching(message),
        }),
      );
    }
  });

  it('keeps labels and types off the allow-list out of the database, even cast past validation', async () => {
    await loader().loadDocuments([natoArticle()]);
    const before = await graph.snapshot();
    const good = JSON.parse(JSON.stringify(natoArticle('article:bad'))) as GraphDocument;
    const smuggledLabel = {
      ...good,
      entities: good.entities.map((e, i) => (i === 1 ? { ...e, type: 'State:Admin' } : e)),
    };
    const smuggledType = {
      ...good,
      relations: good.relations.map((r, i) =>
        i === 0 ? { ...r, type: 'OPPOSES]->(x) DETACH DELETE x //' } : r,
      ),
    };
    // The loader does not validate again (the type is the promise); a cast breaks it on purpose,
    // and still no label or relationship type outside graph-schema's reaches the Cypher text.
    const summary = await loader().loadDocuments([
      smuggledType,
      smuggledLabel,
    ] as unknown as ValidGraphDocument[]);
    expect(summary.failures.map((f) => f.article)).toEqual(['article:bad']);
    const after = new Set(await graph.snapshot());
    for (const line of before) expect(after).toContain(line);
    const labels = await graph.query<{ label: string }>(
      'CALL db.labels() YIELD label RETURN label',
    );
    for (const { label } of labels) expect(NODE_LABELS).toContain(label);
    const types = await graph.query<{ relationshipType: string }>(
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
    );
    for (const { relationshipType } of types)
      expect(RELATIONSHIP_TYPES).toContain(relationshipType);
  });
});

describe('deleteArticle', () => {
  it('removes the article, its facts and the entities no other article mentions', async () => {
    const other = doc('article:other', {
      entities: [FRANCE, USA],
      relations: [relation('OPPOSES', FRANCE, USA, 'Again.')],
    });
    await loader().loadDocuments([natoArticle(), other]);
    const summary = await loader().deleteArticle('article:nato');
    expect(summary).toMatchObject({ articles: 1, nodesDeleted: 1 + 4 });
    expect(await graph.query('MATCH (e:Entity) RETURN e.id AS id ORDER BY id')).toEqual([
      { id: FRANCE.id },
      { id: USA.id },
    ]);
    expect(
      await graph.query('MATCH ()-[r]->() RETURN type(r) AS t, r.articleId AS a ORDER BY t'),
    ).toEqual([
      { t: 'MENTIONS', a: null },
      { t: 'MENTIONS', a: null },
      { t: 'OPPOSES', a: 'article:other' },
    ]);
    expect(await loader().deleteArticle('article:nato')).toMatchObject({
      articles: 0,
      nodesDeleted: 0,
    });
  });
});

describe('stats', () => {
  it('counts nodes by label and relationships by type', async () => {
    await loader().loadDocuments([natoArticle()]);
    const stats = await loader().stats();
    expect(stats.labels).toMatchObject({
      Article: 1,
      Entity: 6,
      State: 4,
      Person: 1,
      Organization: 1,
      Event: 0,
    });
    expect(stats.relationships).toMatchObject({
      MENTIONS: 6,
      QUOTES: 1,
      OPPOSES: 2,
      ALLIED_WITH: 1,
      SUPPORTS: 0,
    });
  });
});

describe('connection errors', () => {
  it('reports wrong credentials as AUTH_FAILED, naming the server but not the password', async () => {
    const settings = { ...neo4jSettings(), password: 'wrong-password-123' };
    const error = await loader({}, settings)
      .verify()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AUTH_FAILED', where: settings.uri });
    expect(describeError(error)).not.toContain('wrong-password-123');
  });

  it('reports an unreachable server as CONNECTION_FAILED', async () => {
    const uri = `bolt://127.0.0.1:${await unusedPort()}`;
    const l = loader({ maxRetryTimeMs: 500 }, { ...neo4jSettings(), uri });
    await expect(l.verify()).rejects.toMatchObject({
      code: 'CONNECTION_FAILED',
      where: uri,
      message: expect.stringMatching(/^cannot reach Neo4j/),
    });
    await expect(l.loadDocuments([natoArticle()])).rejects.toMatchObject({
      code: 'CONNECTION_FAILED',
    });
  });

  it('reports a database that does not exist as DATABASE_NOT_FOUND', async () => {
    const l = loader({}, { ...neo4jSettings(), database: 'nosuchdb' });
    await expect(l.verify()).rejects.toMatchObject({
      code: 'DATABASE_NOT_FOUND',
      message: expect.stringMatching(/"nosuchdb" does not exist/),
    });
  });

  it('verifies a good connection', async () => {
    await expect(loader().verify()).resolves.toBeUndefined();
  });
});

describe('a server stopped in the middle of a load', () => {
  it('fails with a clear error, and the same load completes after restart with nothing duplicated or lost', async () => {
    const docs = syntheticDocs(1000, 11, 'interrupted');
    const server = controlServer();
    let stopping: Promise<void> | undefined;
    const first = loader({ batchSize: 20, maxRetryTimeMs: 1000 });
    const error = await first
      .loadDocuments(docs, {
        onProgress: (done) => {
          if (done >= 30) stopping ??= server.stop();
        },
      })
      .catch((e: unknown) => e);
    await stopping;
    try {
      expect(error).toMatchObject({
        code: 'CONNECTION_FAILED',
        message: expect.stringMatching(/load stopped after \d+ of 1000 documents/),
      });
    } finally {
      await server.start();
    }
    const partial = await graph.count('MATCH (a:Article) RETURN count(a) AS n');
    expect(partial).toBeGreaterThanOrEqual(30);
    expect(partial).toBeLessThan(1000);

    const summary = await loader().loadDocuments(docs);
    expect(summary.failures).toEqual([]);
    expect(summary.skipped).toBe(partial);
    expect(summary.articles).toBe(1000 - partial);
    expect(await actualCounts()).toEqual(expectedCounts(docs));
    expect(await graph.duplicateRelationships()).toBe(0);
  }, 300_000);
});

function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
