import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings, openConnection, withConnection } from '../../../test/neo4j.js';
import { GERMANY, NATO, STOLTENBERG, doc, entity } from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { createLoader, resolveEntity } from './index.js';

const GEORGIA_STATE = entity('State', 'Georgia', { key: 'GEO' });
const GEORGIA_US = entity('Location', 'Georgia', { aliases: ['Georgia', 'the Peach State'] });
const docs = [
  doc('article:one', { entities: [STOLTENBERG, NATO, GERMANY, GEORGIA_STATE] }),
  doc('article:two', { entities: [GEORGIA_STATE, GEORGIA_US] }),
  doc('article:three', { entities: [GEORGIA_STATE] }),
];

let graph: Graph;
beforeAll(async () => {
  graph = new Graph(neo4jSettings());
  await graph.clear();
  const loader = createLoader(openConnection());
  try {
    expect((await loader.loadDocuments(docs)).failures).toEqual([]);
  } finally {
    await loader.close();
  }
  // The full-text index is eventually consistent: wait until it has seen the load.
  await graph.query('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
});
afterAll(async () => {
  await graph.clear();
  await graph.close();
});

const best = async (text: string, labels?: string[]) =>
  (await withConnection((db) => resolveEntity(db, text, { labels })))[0];

describe('resolveEntity', () => {
  it('finds an entity by its id', async () => {
    expect(await best(STOLTENBERG.id)).toMatchObject({
      id: STOLTENBERG.id,
      name: 'Jens Stoltenberg',
      label: 'Person',
      how: 'id',
    });
  });

  it('finds an entity by its exact name or an alias, ignoring case', async () => {
    expect(await best('jens STOLTENBERG')).toMatchObject({ id: STOLTENBERG.id, how: 'name' });
    expect(await best('The Alliance')).toMatchObject({ id: NATO.id, how: 'alias' });
  });

  it('falls back to the best full-text match, a typo included', async () => {
    expect(await best('Stoltenbreg')).toMatchObject({ id: STOLTENBERG.id, how: 'full-text' });
    expect((await best('Stoltenbreg'))?.score).toBeGreaterThan(0);
  });

  it('prefers, between two entities of one name, the one more articles mention', async () => {
    const matches = await withConnection((db) => resolveEntity(db, 'Georgia'));
    expect(matches.slice(0, 2)).toMatchObject([
      { id: GEORGIA_STATE.id, how: 'name', articles: 3 },
      { id: GEORGIA_US.id, how: 'name', articles: 1 },
    ]);
  });

  it('keeps to the entity types asked for', async () => {
    expect(await best('Georgia', ['Location'])).toMatchObject({ id: GEORGIA_US.id });
    expect(await best('Germany', ['Person'])).toBeUndefined();
  });

  it('finds nothing for a text no entity resembles, or one with no word', async () => {
    expect(await withConnection((db) => resolveEntity(db, 'Qwxzv'))).toEqual([]);
    expect(await withConnection((db) => resolveEntity(db, '"*"'))).toEqual([]);
  });

  it('refuses an entity type graph-schema does not know', async () => {
    await expect(
      withConnection((db) => resolveEntity(db, 'x', { labels: ['Planet'] })),
    ).rejects.toMatchObject({ code: 'USAGE' });
  });
});
