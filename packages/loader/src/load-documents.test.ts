import {
  NewsgraphError,
  parseGraphDocument,
  type GraphDocument,
  type ValidGraphDocument,
} from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { FRANCE, USA, doc, natoArticle } from '../test/fixtures.js';
import { MemoryLimitError } from './driver-errors.js';
import { loadDocuments, type LoadContext } from './load-documents.js';
import { buildDocumentRows } from './rows.js';
import type { Runner } from './runner.js';
import { emptyCounters } from './summary.js';
import type { Statement } from './write-plan.js';

/**
 * Stands in for the database to test the loading policy only (skips, splitting, failures);
 * what reaches Neo4j is tested against a real server in loader.int.test.ts.
 */
function scriptedRunner(
  options: {
    loaded?: Map<string, string>;
    fail?: (articleIds: string[]) => NewsgraphError | undefined;
  } = {},
) {
  const transactions: string[][] = [];
  // A transaction's first statement merges its articles: the fake records (or fails) it there.
  const mergeArticles = (params: Record<string, unknown> | undefined) => {
    const ids = (params?.rows as { id: string }[]).map((r) => r.id);
    const error = options.fail?.(ids);
    if (error) return Promise.reject(error);
    transactions.push(ids);
    return Promise.resolve({
      rows: ids.map((id) => ({ id, stored: false, keys: [] })),
      counters: { ...emptyCounters(), nodesCreated: ids.length },
    });
  };
  const runner: Runner = {
    write(statements: readonly Statement[]) {
      return mergeArticles(statements[0]?.params).then((r) => r.counters);
    },
    read(_text, params) {
      return Promise.resolve(
        (params?.ids as string[])
          .filter((id) => options.loaded?.has(id))
          .map((id) => ({ id, documentHash: options.loaded?.get(id) })),
      );
    },
    run() {
      return Promise.resolve([]);
    },
    // The work's own reads (people to resolve) find nothing here.
    transact(work) {
      return work({
        run: () => Promise.resolve(emptyCounters()),
        read: () => Promise.resolve([]),
        query: (_text, params) => mergeArticles(params),
      });
    },
  };
  return { runner, transactions };
}

const context = (runner: Runner, extra: Partial<LoadContext> = {}): LoadContext => ({
  runner,
  batchSize: 1000,
  force: false,
  extractorVersion: undefined,
  logger: undefined,
  ...extra,
});

const docs = (n: number): ValidGraphDocument[] =>
  Array.from({ length: n }, (_, i) => doc(`a${i}`, { entities: [FRANCE, USA] }));
const memoryError = () =>
  new NewsgraphError('WRITE_FAILED', 'out of memory', { cause: new MemoryLimitError('pool') });

describe('loadDocuments', () => {
  it('skips articles loaded from the same document, unless forced', async () => {
    const loaded = new Map([
      ['a0', buildDocumentRows(docs(1)[0]!).documentHash],
      ['a1', 'other-hash'],
    ]);
    const { runner, transactions } = scriptedRunner({ loaded });
    const summary = await loadDocuments(context(runner), docs(3));
    expect(summary).toMatchObject({ articles: 2, skipped: 1, failures: [] });
    expect(transactions).toEqual([['a1', 'a2']]);

    const forced = scriptedRunner({ loaded });
    expect(await loadDocuments(context(forced.runner, { force: true }), docs(3))).toMatchObject({
      articles: 3,
      skipped: 0,
    });
  });

  it('skips a document repeated in the same call', async () => {
    const { runner, transactions } = scriptedRunner();
    const d = docs(1)[0]!;
    expect(await loadDocuments(context(runner), [d, d])).toMatchObject({ articles: 1, skipped: 1 });
    expect(transactions).toHaveLength(1);
  });

  it('splits a batch that hits the memory limit instead of retrying it whole', async () => {
    const { runner, transactions } = scriptedRunner({
      fail: (ids) => (ids.length > 2 ? memoryError() : undefined),
    });
    const warnings: string[] = [];
    const summary = await loadDocuments(
      context(runner, { logger: { warn: (m) => warnings.push(m) } }),
      docs(8),
    );
    expect(summary).toMatchObject({ articles: 8, failures: [] });
    expect(transactions).toEqual([
      ['a0', 'a1'],
      ['a2', 'a3'],
      ['a4', 'a5'],
      ['a6', 'a7'],
    ]);
    expect(warnings[0]).toMatch(/8 articles failed \(server memory limit\); splitting/);
  });

  it('isolates the one article a write fails on and loads the others', async () => {
    const { runner } = scriptedRunner({
      fail: (ids) =>
        ids.includes('a3') ? new NewsgraphError('WRITE_FAILED', 'bad a3') : undefined,
    });
    const summary = await loadDocuments(context(runner), docs(6));
    expect(summary).toMatchObject({ articles: 5, failures: [{ article: 'a3', error: 'bad a3' }] });
  });

  it('stops on a lost connection, saying how far it got', async () => {
    let calls = 0;
    const { runner } = scriptedRunner({
      fail: () =>
        ++calls === 2
          ? new NewsgraphError('CONNECTION_FAILED', 'cannot reach Neo4j', {
              where: 'bolt://x:7687',
            })
          : undefined,
    });
    const load = loadDocuments(context(runner, { batchSize: 5 }), docs(4));
    await expect(load).rejects.toMatchObject({
      code: 'CONNECTION_FAILED',
      where: 'bolt://x:7687',
      message: 'load stopped after 1 of 4 documents: cannot reach Neo4j',
      hint: expect.stringMatching(/running the same load again finishes it/),
    });
  });

  it('reports progress after every transaction', async () => {
    const { runner } = scriptedRunner();
    const seen: number[] = [];
    await loadDocuments(context(runner, { batchSize: 10 }), docs(5), {
      onProgress: (n) => seen.push(n),
    });
    expect(seen).toEqual([2, 4, 5]);
  });

  it('takes only documents graph-schema validated: a plain GraphDocument does not type-check', async () => {
    const { runner, transactions } = scriptedRunner();
    const plain: GraphDocument = structuredClone(natoArticle('plain'));
    // @ts-expect-error not validated: only parseGraphDocument (or validateDocument) makes one
    await loadDocuments(context(runner), [plain]);
    await loadDocuments(context(runner), [parseGraphDocument(plain)]);
    expect(transactions).toEqual([['plain'], ['plain']]);
  });
});
