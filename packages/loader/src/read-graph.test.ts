import type { StoredGraph } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import {
  READ_ARTICLE_PAGE,
  READ_ARTICLES,
  READ_ENTITIES,
  READ_ENTITY_PAGE,
  READ_MENTIONS,
  READ_QUOTES,
} from './cypher/index.js';
import type { JsonValue } from './read-query.js';
import { readPages, type ReadRun, type ReadTransaction } from './read-graph.js';

type Row = Record<string, JsonValue>;

const PROVENANCE = {
  start: 0,
  end: 5,
  evidence: ['France criticised'],
  starts: [0],
  ends: [5],
  confidence: 0.8,
  extractorVersion: '1.0.0',
};

/** A database of plain rows, answering the read queries; it records every call. */
function fakeDatabase(articleIds: string[], entityIds: string[]) {
  const calls: { text: string; params: Record<string, unknown> }[] = [];
  let transactions = 0;
  const article = (id: string): Row => ({
    id,
    props: {
      id,
      title: `T ${id}`,
      wordCount: 3,
      contentHash: 'h',
      documentHash: 'd',
      loadedAt: '2024-01-01T00:00:00Z',
      extractorVersion: '1.0.0',
    },
  });
  const entity = (id: string): Row => ({
    id,
    labels: ['Entity', 'State'],
    props: { id, name: id.toUpperCase(), aliases: [id.toUpperCase()], loaderLock: true },
  });
  const page = (ids: string[], params: Record<string, unknown>): string[] => {
    const after = String(params.after);
    return ids.filter((id) => id > after).slice(0, Number(params.limit));
  };
  const run: ReadRun = (text, params) => {
    calls.push({ text, params });
    const ids = (params.ids ?? []) as string[];
    if (text === READ_ARTICLE_PAGE) return Promise.resolve(page(articleIds, params).map(article));
    if (text === READ_ARTICLES)
      return Promise.resolve(ids.filter((id) => articleIds.includes(id)).map(article));
    if (text === READ_ENTITY_PAGE) return Promise.resolve(page(entityIds, params).map(entity));
    if (text === READ_ENTITIES) return Promise.resolve(ids.map(entity));
    if (text === READ_MENTIONS)
      return Promise.resolve(ids.map((id) => ({ article: id, entity: `e-${id}`, count: 2 })));
    if (text === READ_QUOTES) return Promise.resolve([]);
    // the facts query
    return Promise.resolve(
      ids.map((id) => ({
        type: 'OPPOSES',
        source: 'state:FRA',
        target: 'state:USA',
        props: { ...PROVENANCE, articleId: id, sentence: 'France criticised', role: null },
      })),
    );
  };
  const transaction: ReadTransaction = (work) => {
    transactions += 1;
    return work(run);
  };
  return { transaction, calls, transactions: () => transactions };
}

async function collect(pages: AsyncGenerator<StoredGraph>): Promise<StoredGraph[]> {
  const out: StoredGraph[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('readPages', () => {
  it('reads articles, then entities, in id-keyed pages of one READ transaction each', async () => {
    const db = fakeDatabase(['a1', 'a2', 'a3'], ['e1', 'e2']);
    const pages = await collect(readPages(db.transaction, { pageSize: 2 }));
    expect(pages.map((p) => p.articles.map((a) => a.id))).toEqual([['a1', 'a2'], ['a3'], []]);
    expect(pages[2]?.entities.map((e) => e.id)).toEqual(['e1', 'e2']);
    const afters = db.calls
      .filter((c) => c.text === READ_ARTICLE_PAGE || c.text === READ_ENTITY_PAGE)
      .map((c) => c.params.after);
    // a short page ends the articles; the entity page of two asks once more and gets nothing
    expect(afters).toEqual(['', 'a2', '', 'e2']);
    expect(db.transactions()).toBe(4);
  });

  it('reads only the given articles and the entities they name', async () => {
    const db = fakeDatabase(['a1', 'a2', 'a3'], ['e1', 'e2']);
    const pages = await collect(readPages(db.transaction, { articles: ['a3', 'a1', 'a3'] }));
    expect(pages.flatMap((p) => p.articles.map((a) => a.id))).toEqual(['a1', 'a3']);
    const entityCall = db.calls.find((c) => c.text === READ_ENTITIES);
    expect(entityCall?.params.ids).toEqual(['e-a1', 'e-a3', 'state:FRA', 'state:USA']);
    expect(db.calls.some((c) => c.text === READ_ENTITY_PAGE)).toBe(false);
  });

  it('gives the export shape: loader bookkeeping left out, role only where stored', async () => {
    const db = fakeDatabase(['a1'], ['state:FRA']);
    const [first, second] = await collect(readPages(db.transaction));
    expect(first?.articles).toEqual([
      {
        id: 'a1',
        title: 'T a1',
        wordCount: 3,
        contentHash: 'h',
        extractorVersion: '1.0.0',
      },
    ]);
    expect(first?.mentions).toEqual([{ article: 'a1', entity: 'e-a1', count: 2 }]);
    expect(first?.facts).toEqual([
      {
        ...PROVENANCE,
        articleId: 'a1',
        type: 'OPPOSES',
        source: 'state:FRA',
        target: 'state:USA',
        sentence: 'France criticised',
      },
    ]);
    expect(second?.entities).toEqual([
      { id: 'state:FRA', type: 'State', name: 'STATE:FRA', aliases: ['STATE:FRA'], attributes: {} },
    ]);
  });

  it('keeps scalar attributes in name order, a list as JSON, and drops an untyped entity', async () => {
    const warnings: string[] = [];
    const rows: Row[] = [
      {
        id: 'org:x',
        labels: ['Entity', 'Organization'],
        props: { id: 'org:x', name: 'X', aliases: ['X'], zeta: 2, alpha: 'a', tags: ['t'] },
      },
      { id: 'org:y', labels: ['Entity'], props: { id: 'org:y', name: 'Y' } },
    ];
    const transaction: ReadTransaction = (work) =>
      work((text) => Promise.resolve(text === READ_ENTITY_PAGE ? rows : []));
    const pages = await collect(
      readPages(transaction, { logger: { warn: (m) => warnings.push(m) } }),
    );
    const [entity] = pages.flatMap((p) => p.entities);
    expect(entity?.attributes).toEqual({ alpha: 'a', tags: '["t"]', zeta: 2 });
    expect(Object.keys(entity?.attributes ?? {})).toEqual(['alpha', 'tags', 'zeta']);
    expect(pages.flatMap((p) => p.entities)).toHaveLength(1);
    expect(warnings).toEqual(['entity org:y has no type label; left out']);
  });

  it('refuses a page size that is not a positive integer', async () => {
    const db = fakeDatabase([], []);
    await expect(collect(readPages(db.transaction, { pageSize: 0 }))).rejects.toMatchObject({
      code: 'CONFIG_INVALID',
    });
  });
});
