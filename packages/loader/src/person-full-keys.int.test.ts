import type { ValidGraphDocument } from '@newsgraph/graph-schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { neo4jSettings, openConnection } from '../../../test/neo4j.js';
import { doc, entity } from '../test/fixtures.js';
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

async function load(target: Loader, ...docs: ValidGraphDocument[]): Promise<void> {
  const summary = await target.loadDocuments(docs);
  expect(summary.failures).toEqual([]);
}

/** Each person node's id and how many mentions it has. */
async function people() {
  return graph.query(
    `MATCH (p:Person) RETURN p.id AS id, COUNT { (p)<-[:MENTIONS]-() } AS mentions ORDER BY id`,
  );
}

describe('new people the loader does not read every namesake for', () => {
  it('settles an id it has seen under another name, whose mentions sit on another node', async () => {
    await load(loader, doc('article:z1', { entities: [entity('Person', 'Volodymyr Zelensky')] }));
    await load(loader, doc('article:z2', { entities: [entity('Person', 'Volodymyr Zelenskyy')] }));
    expect(await people()).toEqual([{ id: 'person:volodymyr-zelensky', mentions: 2 }]);
    // A full name no other id has, under a surname no surname-only mention has: only the id,
    // seen before and merged away, says this mention belongs on the other node.
    const renamed = entity('Person', 'Wolodymyr Selenskyj Zelenskyy', {
      key: 'Volodymyr Zelenskyy',
    });
    await load(loader, doc('article:z3', { entities: [renamed] }));
    expect(await people()).toEqual([{ id: 'person:volodymyr-zelensky', mentions: 3 }]);
  });

  it('gives mentions an older loader wrote their full-name key, so a later full name still finds a surname', async () => {
    await load(loader, doc('article:mr-blair', { entities: [entity('Person', 'Blair')] }));
    await graph.query('MATCH ()-[m:MENTIONS]->() REMOVE m.fullKey');
    const fresh = createLoader(openConnection());
    try {
      await fresh.applySchema();
      const missing = 'MATCH ()-[m:MENTIONS]->() WHERE m.fullKey IS NULL RETURN count(m) AS n';
      expect(await graph.count(missing)).toBe(0);
      await load(fresh, doc('article:tony', { entities: [entity('Person', 'Tony Blair')] }));
    } finally {
      await fresh.close();
    }
    expect(await people()).toEqual([{ id: 'person:tony-blair', mentions: 2 }]);
  });
});
