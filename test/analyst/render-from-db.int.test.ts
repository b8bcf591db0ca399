import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGraphDocument } from '@newsgraph/graph-schema';
import { createLoader } from '@newsgraph/loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twoDocuments } from '../../packages/exports/src/export/test-fixtures.js';
import { runCli } from '../../packages/cli/src/test-context.js';
import { neo4jSettings, openConnection, openDriver } from '../neo4j.js';

/** What a picture shows, whatever the order it was drawn in: nodes, and edges with tooltips. */
function pictureContent(svg: string): { nodes: string[]; edges: string[]; labels: string[] } {
  const all = (re: RegExp): string[] =>
    [...svg.matchAll(re)].map((m) => m.slice(1).join(': ')).sort();
  return {
    nodes: all(/<g class="node \w+" data-id="([^"]+)">/g),
    edges: all(/<path class="(edge [^"]+)"[^>]*>\s*<title>([\s\S]*?)<\/title>/g),
    labels: all(/<text class="edge-label [^"]+"[^>]*>([^<]+)<\/text>/g),
  };
}

describe('render --from-db', () => {
  let work: string;
  const docs = twoDocuments();
  const connection = (): string[] => {
    const s = neo4jSettings();
    return ['--uri', s.uri, '--username', s.username, '--database', s.database];
  };
  const env = (): NodeJS.ProcessEnv => ({ NEO4J_PASSWORD: neo4jSettings().password });

  beforeAll(async () => {
    const driver = openDriver();
    try {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
    } finally {
      await driver.close();
    }
    const loader = createLoader(openConnection());
    try {
      const valid = docs.map((d) => parseGraphDocument(d));
      expect((await loader.loadDocuments(valid)).failures).toEqual([]);
    } finally {
      await loader.close();
    }
    work = await mkdtemp(join(tmpdir(), 'newsgraph-render-db-'));
    for (const doc of docs)
      await writeFile(join(work, `${doc.article.id}.json`), JSON.stringify(doc));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('draws what the database holds: the picture the loaded documents give', async () => {
    const fromDocs = join(work, 'docs.svg');
    const fromDb = join(work, 'db.svg');
    const a = await runCli([
      'render',
      '--out',
      fromDocs,
      join(work, 'a1.json'),
      join(work, 'a2.json'),
    ]);
    expect(a.code).toBe(0);
    const b = await runCli(['render', '--from-db', '--out', fromDb, ...connection()], {
      env: env(),
    });
    expect(b.stderr).toContain('2 article(s) from the database');
    expect(b.code).toBe(0);
    const expected = pictureContent(await readFile(fromDocs, 'utf8'));
    const actual = pictureContent(await readFile(fromDb, 'utf8'));
    expect(actual.edges).toHaveLength(4);
    expect(actual.edges.join('\n')).toContain('France criticised the United States.');
    expect(actual.labels).toEqual(expect.arrayContaining(['OPPOSES', 'ALLIED_WITH']));
    expect(actual).toEqual(expected);
  });

  it('limits the picture to --article and shows entities with no fact with --isolated', async () => {
    const out = join(work, 'a1.svg');
    const r = await runCli(
      ['render', '--from-db', '--article', 'a1', '--isolated', '--out', out, ...connection()],
      { env: env() },
    );
    expect(r.code).toBe(0);
    const nodes = pictureContent(await readFile(out, 'utf8')).nodes;
    expect(nodes).toEqual(
      ['person:angela-merkel', 'person:jean-dupont', 'state:DEU', 'state:FRA', 'state:USA'].sort(),
    );
  });

  it('refuses graph documents together with --from-db, as a usage error', async () => {
    const r = await runCli(['render', '--from-db', '--out', join(work, 'x.svg'), work]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--from-db draws the database: give it no graph documents');
  });
});
