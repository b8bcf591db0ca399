import type { Entity, ValidGraphDocument } from '@newsgraph/graph-schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { neo4jSettings, openConnection } from '../../../test/neo4j.js';
import { NATO, USA, doc, natoArticle, relation } from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { createLoader, type Loader } from './index.js';

let graph: Graph;
let loader: Loader;

beforeAll(() => {
  graph = new Graph(neo4jSettings());
  loader = createLoader(openConnection());
});
beforeEach(async () => {
  await graph.clear();
});
afterAll(async () => {
  await loader.close();
  await graph.close();
});

/** Loads and checks that every document got in. */
async function load(...docs: ValidGraphDocument[]): Promise<void> {
  const summary = await loader.loadDocuments(docs);
  expect(summary.failures).toEqual([]);
}

const HOSTILE = "NATO'}) MATCH (n) DETACH DELETE n //";

/** NATO as one article names it. */
function nato(name: string, extra: Partial<Entity> = {}): Entity {
  return { ...NATO, name, aliases: [name], ...extra };
}

function natoDoc(id: string, name: string, extra: Partial<Entity> = {}) {
  return doc(id, {
    text: `${id} names NATO ${name}`,
    entities: [nato(name, extra), USA],
    relations: [relation('SUPPORTS', USA, nato(name), `${id}: the U.S. backs ${name}.`)],
  });
}

async function natoNode(): Promise<Record<string, unknown> | undefined> {
  const [row] = await graph.query<{ props: Record<string, unknown> }>(
    'MATCH (e:Entity {id: $id}) RETURN properties(e) AS props',
    { id: NATO.id },
  );
  return row?.props;
}

describe('an entity shared by several articles', () => {
  it('gets its name back when the article that renamed it is deleted', async () => {
    await load(natoArticle());
    const before = await natoNode();
    await load(natoDoc('article:hostile', HOSTILE));
    expect(await graph.count('MATCH (n) RETURN count(n) AS n')).toBeGreaterThan(2);
    expect((await natoNode())?.aliases).toContain(HOSTILE);

    await loader.deleteArticle('article:hostile');
    expect(await natoNode()).toEqual(before);
    expect(before).toMatchObject({ name: 'NATO', aliases: ['NATO', 'the alliance'] });
  });

  it('takes the name most articles use, not the longest one', async () => {
    const long = 'North Atlantic Treaty Organization';
    await load(natoDoc('article:a', long));
    expect((await natoNode())?.name).toBe(long);
    await load(natoDoc('article:b', 'NATO'), natoDoc('article:c', 'NATO'));
    expect(await natoNode()).toMatchObject({ name: 'NATO', aliases: ['NATO', long] });

    await load(natoDoc('article:d', long), natoDoc('article:e', long));
    expect((await natoNode())?.name).toBe(long);
  });

  it('keeps the other article’s name when one of two disagreeing articles is deleted', async () => {
    const long = 'North Atlantic Treaty Organization';
    await load(natoDoc('article:a', 'NATO'), natoDoc('article:b', long));
    await loader.deleteArticle('article:a');
    expect(await natoNode()).toMatchObject({ name: long, aliases: [long] });
    await load(natoDoc('article:a', 'NATO'));
    await loader.deleteArticle('article:b');
    expect(await natoNode()).toMatchObject({ name: 'NATO', aliases: ['NATO'] });
  });

  it('follows a replaced article’s new name', async () => {
    await load(natoDoc('article:a', 'Atlantic Alliance'));
    await load(natoDoc('article:a', 'NATO'));
    expect(await natoNode()).toMatchObject({ name: 'NATO', aliases: ['NATO'] });
  });

  it('stores only the attributes graph-schema allows, and drops them with their article', async () => {
    const attributes = { kind: 'alliance', secret: 'x', localId: 'org:other', count: 3 };
    await load(natoDoc('article:a', 'NATO', { attributes }));
    expect(await natoNode()).toEqual({
      id: NATO.id,
      name: 'NATO',
      aliases: ['NATO'],
      kind: 'alliance',
    });
    const mention = await graph.query(
      'MATCH ()-[m:MENTIONS]->(:Entity {id: $id}) RETURN keys(m) AS keys',
      { id: NATO.id },
    );
    expect(mention[0]?.keys).not.toContain('secret');

    await load(natoDoc('article:b', 'NATO', { attributes: { kind: 'bloc' } }));
    await load(natoDoc('article:c', 'NATO', { attributes: { kind: 'bloc' } }));
    expect((await natoNode())?.kind).toBe('bloc');
    await loader.deleteArticle('article:b');
    await loader.deleteArticle('article:c');
    expect((await natoNode())?.kind).toBe('alliance');
    await load(natoDoc('article:a', 'NATO'));
    expect(await natoNode()).toEqual({ id: NATO.id, name: 'NATO', aliases: ['NATO'] });
  });

  it('drops a property an older load left on the node once an article naming it is loaded', async () => {
    await load(natoDoc('article:a', 'NATO'));
    await graph.query('MATCH (e:Entity {id: $id}) SET e.secret = "left over"', { id: NATO.id });
    await load(natoDoc('article:b', 'NATO'));
    expect(await natoNode()).toEqual({ id: NATO.id, name: 'NATO', aliases: ['NATO'] });
  });
});
