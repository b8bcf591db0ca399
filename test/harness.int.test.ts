import { randomUUID } from 'node:crypto';
import {
  ENTITY_FULLTEXT_INDEX,
  ENTITY_LABEL,
  ENTITY_TYPES,
  GraphDocumentSchema,
  isEntityType,
  schemaStatements,
  type GraphDocument,
} from '@newsgraph/graph-schema';
import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings, openDriver } from './neo4j.js';

// Ids unique to this run, so the test never touches data it did not write (NEO4J_URI may be shared).
const run = randomUUID().slice(0, 8);

function tinyDocument(): GraphDocument {
  const text = 'NATO said France opposed the plan.';
  const span = (s: string) => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    text: s,
  });
  const parsed = GraphDocumentSchema.safeParse({
    schemaVersion: 1,
    generator: { name: 'harness-test', version: '0' },
    article: {
      id: `harness-${run}`,
      title: 'Harness test',
      wordCount: 6,
      contentHash: 'b'.repeat(64),
    },
    entities: [
      {
        id: `org:nato-${run}`,
        type: 'Organization',
        name: 'NATO',
        aliases: ['NATO', `alliance${run}`],
        mentions: [span('NATO')],
      },
      {
        id: `state:fra-${run}`,
        type: 'State',
        name: 'France',
        aliases: ['France'],
        mentions: [span('France')],
      },
    ],
    relations: [],
  });
  if (!parsed.success) throw new Error(`the test document is invalid: ${parsed.error.message}`);
  return parsed.data;
}

async function applySchema(driver: Driver): Promise<void> {
  for (const { cypher } of schemaStatements()) await driver.executeQuery(cypher);
}

/** Entity nodes by type, the label entering the text only after the allow-list check. */
async function writeNodes(driver: Driver, doc: GraphDocument): Promise<void> {
  const { id, title, contentHash } = doc.article;
  await driver.executeQuery(
    'MERGE (a:Article {id: $id}) SET a.title = $title, a.contentHash = $contentHash',
    {
      id,
      title,
      contentHash,
    },
  );
  for (const type of ENTITY_TYPES) {
    const rows = doc.entities
      .filter((e) => e.type === type)
      .map(({ id, name, aliases }) => ({ id, name, aliases }));
    if (rows.length === 0 || !isEntityType(type)) continue;
    await driver.executeQuery(
      `UNWIND $rows AS row MERGE (e:${ENTITY_LABEL} {id: row.id}) SET e:${type}, e.name = row.name, e.aliases = row.aliases`,
      { rows },
    );
  }
}

describe('the integration Neo4j', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = openDriver();
  });
  afterAll(async () => {
    await driver.executeQuery(
      'MATCH (n) WHERE n.id ENDS WITH $run OR n.id = $article DETACH DELETE n',
      {
        run: `-${run}`,
        article: `harness-${run}`,
      },
    );
    await driver.close();
  });

  it('answers RETURN 1 with the provided settings', async () => {
    const { records } = await driver.executeQuery(
      'RETURN 1 AS one',
      {},
      { database: neo4jSettings().database },
    );
    expect((records[0]?.get('one') as Integer).toNumber()).toBe(1);
  });

  it('refuses a wrong password with an authentication error', async () => {
    const wrong = neo4j.driver(neo4jSettings().uri, neo4j.auth.basic('neo4j', 'not-the-password'));
    try {
      await expect(wrong.verifyAuthentication()).resolves.toBe(false);
      await expect(wrong.executeQuery('RETURN 1')).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await wrong.close();
    }
  });

  it('applies the schema statements twice and shows each constraint and index once', async () => {
    await applySchema(driver);
    await applySchema(driver);
    const constraints = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    );
    const byName = new Map(constraints.records.map((r) => [r.get('name') as string, r.toObject()]));
    expect(byName.get('entity_id')).toMatchObject({
      type: 'UNIQUENESS',
      labelsOrTypes: ['Entity'],
      properties: ['id'],
    });
    expect(byName.get('article_id')).toMatchObject({
      type: 'UNIQUENESS',
      labelsOrTypes: ['Article'],
      properties: ['id'],
    });

    const indexes = await driver.executeQuery(
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state RETURN name, type, labelsOrTypes, properties, state',
    );
    const names = indexes.records.map((r) => r.get('name') as string);
    for (const { name } of schemaStatements())
      expect(names.filter((n) => n === name)).toHaveLength(1);
    const fulltext = indexes.records
      .find((r) => r.get('name') === ENTITY_FULLTEXT_INDEX)
      ?.toObject();
    expect(fulltext).toMatchObject({ type: 'FULLTEXT', properties: ['name', 'aliases'] });
    expect([...(fulltext?.labelsOrTypes as string[])].sort()).toEqual([...ENTITY_TYPES].sort());
    expect(indexes.records.find((r) => r.get('name') === 'entity_name')?.toObject()).toMatchObject({
      type: 'RANGE',
      labelsOrTypes: ['Entity'],
      properties: ['name'],
    });
  });

  it('writes a tiny graph document’s nodes and reads them back', async () => {
    const doc = tinyDocument();
    await writeNodes(driver, doc);
    await writeNodes(driver, doc);
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.name AS name, e.aliases AS aliases, labels(e) AS labels ORDER BY id',
      { ids: doc.entities.map((e) => e.id) },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        id: `org:nato-${run}`,
        name: 'NATO',
        aliases: ['NATO', `alliance${run}`],
        labels: expect.arrayContaining(['Entity', 'Organization']),
      },
      {
        id: `state:fra-${run}`,
        name: 'France',
        aliases: ['France'],
        labels: expect.arrayContaining(['Entity', 'State']),
      },
    ]);
    const articles = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN count(a) AS n', {
      id: doc.article.id,
    });
    expect((articles.records[0]?.get('n') as Integer).toNumber()).toBe(1);
  });

  it('finds an entity through the full-text index by a word found only in its aliases', async () => {
    await applySchema(driver);
    await writeNodes(driver, tinyDocument());
    await driver.executeQuery('CALL db.awaitIndexes(60)');
    // The index is eventually consistent: a write shows up in searches moments after its commit.
    let ids: string[] = [];
    for (let attempt = 0; attempt < 100 && ids.length === 0; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      const { records } = await driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN node.id AS id`,
        { index: ENTITY_FULLTEXT_INDEX, query: `alliance${run}` },
      );
      ids = records.map((r) => r.get('id') as string);
    }
    expect(ids).toEqual([`org:nato-${run}`]);
  });
});
