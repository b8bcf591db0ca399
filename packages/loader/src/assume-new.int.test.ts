import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { neo4jSettings, openConnection } from '../../../test/neo4j.js';
import { natoArticle } from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { mergeBatch } from './batches.js';
import { openDriver } from './connection.js';
import { loadWithIdentities } from './identities.js';
import { createLoader, type Loader } from './index.js';
import { buildDocumentRows } from './rows.js';
import { driverRunner, type Runner } from './runner.js';

let graph: Graph;
let loader: Loader;
let runner: Runner;
let closeDriver: () => Promise<void>;

beforeAll(async () => {
  graph = new Graph(neo4jSettings());
  loader = createLoader(openConnection());
  await loader.applySchema();
  const { driver, context } = openDriver(neo4jSettings(), {
    userAgent: 'newsgraph-test',
    plainIntegers: true,
  });
  closeDriver = () => driver.close();
  runner = driverRunner(driver, context, { maxRetryTimeMs: 0 });
});
beforeEach(async () => {
  await graph.clear();
});
afterAll(async () => {
  await loader.close();
  await closeDriver();
  await graph.close();
});

describe('loadWithIdentities assuming its articles are new', () => {
  it('writes a new article as the checked path does', async () => {
    const batch = mergeBatch([buildDocumentRows(natoArticle('article:a'))]);
    await runner.transact((tx) => loadWithIdentities(tx, batch, 1000, true));
    const assumed = await graph.snapshot();
    await graph.clear();
    await runner.transact((tx) => loadWithIdentities(tx, batch, 1000, false));
    expect(await graph.snapshot()).toEqual(assumed);
  });

  it('fails as transient, changing nothing, when an article was stored meanwhile', async () => {
    const summary = await loader.loadDocuments([natoArticle('article:a')]);
    expect(summary.failures).toEqual([]);
    const before = await graph.snapshot();
    const edited = natoArticle('article:a');
    edited.article.title = 'An edited title';
    const batch = mergeBatch([buildDocumentRows(edited)]);
    const attempt = runner.transact((tx) => loadWithIdentities(tx, batch, 1000, true));
    await expect(attempt).rejects.toThrow(/stored by another transaction meanwhile/);
    expect(await graph.snapshot()).toEqual(before);
  });
});
