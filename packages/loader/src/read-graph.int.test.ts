import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings, openConnection, withConnection } from '../../../test/neo4j.js';
import {
  GERMANY,
  MERKEL,
  doc,
  entity,
  natoArticle,
  quote,
  relation,
  syntheticDocs,
} from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { createLoader, readGraph, streamGraph, type Loader } from './index.js';

const BERLIN = entity('Location', 'Berlin', {
  attributes: { population: 3_700_000, capital: true },
});
/** A government body of Germany: graph-schema allows `state` and `kind` on a stored entity. */
const BUNDESTAG = entity('Organization', 'Bundestag', {
  attributes: { state: GERMANY.id, kind: 'gov', seats: 736 },
});
const docs = [
  natoArticle(),
  doc('article:berlin', {
    entities: [GERMANY, MERKEL, BERLIN, BUNDESTAG],
    relations: [
      relation('REPRESENTS', MERKEL, GERMANY, 'Merkel spoke for Germany.', { role: 'Chancellor' }),
      quote(MERKEL, 'We will manage.'),
    ],
  }),
  ...syntheticDocs(7),
];

let graph: Graph;
let loader: Loader;
beforeAll(async () => {
  graph = new Graph(neo4jSettings());
  await graph.clear();
  loader = createLoader(openConnection());
  const summary = await loader.loadDocuments(docs);
  expect(summary.failures).toEqual([]);
});
afterAll(async () => {
  await loader.close();
  await graph.close();
});

describe('readGraph', () => {
  it('reads every node and relationship the loader wrote, as plain JSON', async () => {
    const stored = await withConnection((db) => readGraph(db));
    const stats = await loader.stats();
    expect(stored.articles).toHaveLength(stats.labels.Article ?? -1);
    expect(stored.entities).toHaveLength(stats.labels.Entity ?? -1);
    expect(stored.mentions).toHaveLength(stats.relationships.MENTIONS ?? -1);
    expect(stored.quotes).toHaveLength(stats.relationships.QUOTES ?? -1);
    const facts = ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH', 'MEMBER_OF', 'LEADS', 'REPRESENTS'];
    expect(stored.facts).toHaveLength(facts.reduce((n, t) => n + (stats.relationships[t] ?? 0), 0));
    expect(stored.articles.find((a) => a.id === 'article:berlin')).toEqual({
      id: 'article:berlin',
      title: 'Title of article:berlin',
      source: 'Fixture News',
      url: 'https://example.org/article:berlin',
      publishedAt: '2019-02-13T10:00:00Z',
      wordCount: 3,
      contentHash: docs[1]?.article.contentHash,
      extractorVersion: '1.0.0',
    });
    expect(stored.entities.find((e) => e.id === BERLIN.id)).toEqual({
      id: BERLIN.id,
      type: 'Location',
      name: 'Berlin',
      aliases: ['Berlin'],
      // Not in graph-schema's allow-list: never stored on a shared node.
      attributes: {},
    });
    expect(stored.entities.find((e) => e.id === BUNDESTAG.id)?.attributes).toEqual({
      kind: 'gov',
      state: GERMANY.id,
    });
    const leads = stored.facts.find((f) => f.type === 'REPRESENTS');
    expect(leads).toMatchObject({ source: MERKEL.id, target: GERMANY.id, role: 'Chancellor' });
    expect(typeof leads?.starts[0]).toBe('number');
    expect(stored.facts.filter((f) => f.type === 'OPPOSES').every((f) => !('role' in f))).toBe(
      true,
    );
    expect(stored.quotes.find((q) => q.articleId === 'article:berlin')).toMatchObject({
      speaker: MERKEL.id,
      text: 'We will manage.',
    });
  });

  it('gives the same graph whatever the page size', async () => {
    const whole = await withConnection((db) => readGraph(db));
    expect(await withConnection((db) => readGraph(db, { pageSize: 2 }))).toEqual(whole);
  });

  it('reads only the given articles and the entities they mention', async () => {
    const stored = await withConnection((db) =>
      readGraph(db, {
        articles: ['article:nato', 'article:missing'],
      }),
    );
    const nato = natoArticle();
    expect(stored.articles.map((a) => a.id)).toEqual(['article:nato']);
    expect(stored.entities.map((e) => e.id)).toEqual(nato.entities.map((e) => e.id).sort());
    expect(stored.mentions).toHaveLength(nato.entities.length);
    expect(stored.facts).toHaveLength(5);
    expect(stored.quotes).toHaveLength(1);
    // Entities are whole, as merged over every article: the alias from elsewhere is there too.
    expect(stored.entities.find((e) => e.id === GERMANY.id)?.aliases).toEqual(GERMANY.aliases);
  });

  it('streams pages, articles first, then entities', async () => {
    const kinds: string[] = [];
    await withConnection(async (db) => {
      for await (const page of streamGraph(db, { pageSize: 4 })) {
        kinds.push(page.articles.length > 0 ? 'articles' : 'entities');
      }
    });
    const entities = (await loader.stats()).labels.Entity ?? 0;
    const pages = (kind: string, n: number): string[] => Array<string>(Math.ceil(n / 4)).fill(kind);
    expect(kinds).toEqual([...pages('articles', docs.length), ...pages('entities', entities)]);
  });

  it('says the credentials were refused', async () => {
    await expect(
      withConnection((db) => readGraph(db), { ...neo4jSettings(), password: 'wrong-password' }),
    ).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });
});
