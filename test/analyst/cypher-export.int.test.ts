import neo4j, { type Driver } from 'neo4j-driver';
import { createLoader } from '@newsgraph/loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../packages/exports/src/index.js';
import { openConnection, openDriver } from '../neo4j.js';
import { DELETE_RUN, uniqueDocuments } from './unique-documents.js';

/** The statements of a script as cypher-shell reads them: `;` at the end of a line ends one. */
function statements(script: string): string[] {
  return script
    .split(/;\n/)
    .map((s) => s.replace(/^(\/\/[^\n]*\n)+/, '').trim())
    .filter((s) => s !== '');
}

/** The graph written for one run, ids without the run suffix, in a stable order. */
async function snapshot(driver: Driver, run: string): Promise<unknown> {
  const strip = (id: unknown): string => String(id).replace(`-${run}`, '');
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE n.id ENDS WITH $suffix
     RETURN n.id AS id, labels(n) AS labels, n.name AS name, n.aliases AS aliases, n.title AS title, n.wordCount AS wordCount, n.iso AS iso`,
    { suffix: `-${run}` },
  );
  const rels = await driver.executeQuery(
    `MATCH (s)-[r]->(t) WHERE s.id ENDS WITH $suffix
     RETURN s.id AS source, type(r) AS type, t.id AS target, r.articleId AS articleId, r.sentence AS sentence, r.role AS role,
            r.count AS count, r.text AS text, r.start AS start, r.end AS end, r.evidence AS evidence, r.confidence AS confidence`,
    { suffix: `-${run}` },
  );
  const plain = (records: typeof nodes.records): string[] =>
    records
      .map((r) => {
        const o = r.toObject() as Record<string, unknown>;
        for (const k of ['id', 'source', 'target', 'articleId', 'name'])
          if (o[k] != null) o[k] = strip(o[k]);
        if (Array.isArray(o.aliases)) o.aliases = (o.aliases as unknown[]).map(strip);
        if (Array.isArray(o.labels)) o.labels = [...(o.labels as string[])].sort();
        return JSON.stringify(o, (_k, v: unknown) => (neo4j.isInt(v) ? v.toNumber() : v));
      })
      .sort();
  return { nodes: plain(nodes.records), relationships: plain(rels.records) };
}

describe('the Cypher script export', () => {
  let driver: Driver;
  const viaScript = uniqueDocuments();
  const viaLoader = uniqueDocuments();
  beforeAll(() => {
    driver = openDriver();
  });
  afterAll(async () => {
    for (const { run } of [viaScript, viaLoader])
      await driver.executeQuery(DELETE_RUN, { suffix: `-${run}` });
    await driver.close();
  });

  it('runs statement by statement, twice without change, and builds the graph the loader builds', async () => {
    const [file] = exportGraph(viaScript.docs, 'cypher');
    const script = statements(file?.content ?? '');
    expect(script.length).toBeGreaterThan(5);
    for (const statement of script) await driver.executeQuery(statement);
    const once = await snapshot(driver, viaScript.run);
    for (const statement of script) await driver.executeQuery(statement);
    expect(await snapshot(driver, viaScript.run)).toEqual(once);

    const loader = createLoader(openConnection());
    try {
      await loader.loadDocuments(viaLoader.docs);
    } finally {
      await loader.close();
    }
    expect(once).toEqual(await snapshot(driver, viaLoader.run));
    const quote = await driver.executeQuery(
      'MATCH (:Article {id: $id})-[q:QUOTES]->() RETURN q.text AS text',
      { id: `a2-${viaScript.run}` },
    );
    expect(quote.records[0]?.get('text')).toBe("It's a \\ test,\n she said");
  });
});
