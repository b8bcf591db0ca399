import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseGraphDocument, type GraphDocument } from '@newsgraph/graph-schema';
import { createLoader } from '@newsgraph/loader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport, type ExportArgs } from '../../packages/cli/src/commands/export.js';
import type { CliContext } from '../../packages/cli/src/context.js';
import { captureContext } from '../../packages/cli/src/test-context.js';
import { twoDocuments } from '../../packages/exports/src/export/test-fixtures.js';
import { neo4jSettings, openConnection, openDriver } from '../neo4j.js';

/** A third article: a number attribute, MEMBER_OF and REPRESENTS, two quotes by one speaker. */
function thirdDocument(): GraphDocument {
  const text = 'NATO, with France and Germany as members, met. Jean Dupont spoke for France.';
  const span = (s: string) => ({
    start: text.indexOf(s),
    end: text.indexOf(s) + s.length,
    text: s,
  });
  const entity = (id: string, type: 'State' | 'Organization' | 'Person', name: string) => ({
    id,
    type,
    name,
    aliases: [name],
    mentions: [span(name)],
  });
  return {
    schemaVersion: 1,
    generator: { name: 'test', version: '1.1.0' },
    article: {
      id: 'a3',
      title: 'Members',
      url: 'https://example.org/a3',
      language: 'en',
      wordCount: 14,
      contentHash: 'c'.repeat(64),
    },
    entities: [
      { ...entity('org:nato', 'Organization', 'NATO'), attributes: { founded: 1949 } },
      entity('state:FRA', 'State', 'France'),
      entity('state:DEU', 'State', 'Germany'),
      entity('person:jean-dupont', 'Person', 'Jean Dupont'),
    ],
    relations: [
      ...['state:FRA', 'state:DEU'].map((source) => ({
        type: 'MEMBER_OF' as const,
        source,
        target: 'org:nato',
        properties: {},
        evidence: [span('NATO, with France and Germany as members, met.')],
        confidence: 0.75,
      })),
      {
        type: 'REPRESENTS',
        source: 'person:jean-dupont',
        target: 'state:FRA',
        properties: { role: 'envoy' },
        evidence: [span('Jean Dupont spoke for France.')],
        confidence: 1,
      },
      ...['NATO, with France', 'Germany as members'].map((quote) => ({
        type: 'QUOTES' as const,
        source: 'a3',
        target: 'person:jean-dupont',
        properties: { text: quote },
        evidence: [span(quote)],
        confidence: 0.5,
      })),
    ],
  };
}

const docs = [...twoDocuments(), thirdDocument()];

const context = (): CliContext => captureContext().ctx;

/**
 * GraphML as sets: every <node> and <edge> with its attributes and its data by key name and
 * type, sorted. Key ids and element order depend on first-seen order, which two sources need not
 * share; what the graph says does not.
 */
function graphmlContent(xml: string): { keys: string[]; elements: string[] } {
  const keys = new Map(
    [
      ...xml.matchAll(/<key id="([^"]+)" for="(\w+)" attr\.name="([^"]+)" attr\.type="(\w+)"\/>/g),
    ].map((m) => [m[1], `${m[2]} ${m[3]}:${m[4]}`]),
  );
  const elements = [...xml.matchAll(/<(node|edge) ([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)].map((m) => {
    const data = [...(m[3] ?? '').matchAll(/<data key="([^"]+)">([\s\S]*?)<\/data>/g)]
      .map((d) => `${keys.get(d[1] ?? '')}=${d[2]}`)
      .sort();
    return [m[1], m[2], ...data].join('\n');
  });
  return { keys: [...keys.values()].sort(), elements: elements.sort() };
}

/** CSV records (a quoted field may hold a line break), the header first, the rest sorted. */
function csvContent(csv: string): string[] {
  const records: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of csv) {
    if (ch === '"') quoted = !quoted;
    if (ch === '\n' && !quoted) {
      records.push(current);
      current = '';
    } else current += ch;
  }
  if (current !== '') records.push(current);
  const [header = '', ...rows] = records;
  return [header, ...rows.sort()];
}

async function folderContent(dir: string): Promise<Record<string, string[] | string>> {
  const out: Record<string, string[] | string> = {};
  for (const name of (await readdir(dir)).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    out[name] = name.endsWith('.csv') ? csvContent(text) : text;
  }
  return out;
}

describe('export --from-db', () => {
  let work: string;
  let inputs: string;
  const fromDb = (more: Partial<ExportArgs>): ExportArgs => {
    const s = neo4jSettings();
    return {
      inputs: [],
      fromDb: true,
      format: 'graphml',
      json: false,
      uri: s.uri,
      username: s.username,
      password: s.password,
      database: s.database,
      ...more,
    };
  };

  beforeAll(async () => {
    const driver = openDriver();
    try {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
    } finally {
      await driver.close();
    }
    const loader = createLoader(openConnection());
    try {
      const summary = await loader.loadDocuments(docs.map((d) => parseGraphDocument(d)));
      expect(summary.failures).toEqual([]);
    } finally {
      await loader.close();
    }
    work = await mkdtemp(join(tmpdir(), 'newsgraph-from-db-'));
    inputs = join(work, 'docs');
    await mkdir(inputs);
    for (const doc of docs) {
      await writeFile(join(inputs, `${doc.article.id}.json`), JSON.stringify(doc));
    }
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('writes the GraphML the documents give: same nodes, edges and properties', async () => {
    const fromDocs = join(work, 'docs.graphml');
    const fromDatabase = join(work, 'db.graphml');
    await runExport(context(), { inputs: [inputs], format: 'graphml', out: fromDocs, json: false });
    const result = await runExport(context(), fromDb({ out: fromDatabase }));
    expect(result).toMatchObject({ articles: 3, failures: [] });
    const expected = graphmlContent(await readFile(fromDocs, 'utf8'));
    const actual = graphmlContent(await readFile(fromDatabase, 'utf8'));
    // 3 articles, 7 entities; 13 mentions, 4 quotes, 7 facts
    expect(actual.elements.length).toBe(3 + 7 + 13 + 4 + 7);
    expect(actual).toEqual(expected);
  });

  it('writes the neo4j-admin files the documents give', async () => {
    const fromDocs = join(work, 'admin-docs');
    const fromDatabase = join(work, 'admin-db');
    await runExport(context(), {
      inputs: [inputs],
      format: 'neo4j-admin',
      out: fromDocs,
      json: false,
    });
    await runExport(context(), fromDb({ format: 'neo4j-admin', out: fromDatabase }));
    const expected = await folderContent(fromDocs);
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['import.sh', 'nodes-Article.csv', 'relationships-REPRESENTS.csv']),
    );
    expect(await folderContent(fromDatabase)).toEqual(expected);
  });

  it('limits the export to --article, with the entities it mentions', async () => {
    const out = join(work, 'a3.graphml');
    const docOut = join(work, 'a3-doc.graphml');
    const result = await runExport(context(), fromDb({ article: ['a3', 'a9'], out }));
    expect(result.failures).toEqual([
      { where: 'article a9', error: 'article a9 is not in the database' },
    ]);
    await runExport(context(), {
      inputs: [join(inputs, 'a3.json')],
      format: 'graphml',
      out: docOut,
      json: false,
    });
    // Entities keep what other articles said of them (France's aliases), so compare the shape.
    const ids = (xml: string) =>
      graphmlContent(xml).elements.map((e) => e.split('\n').slice(0, 2).join(' '));
    expect(ids(await readFile(out, 'utf8'))).toEqual(ids(await readFile(docOut, 'utf8')));
  });

  it('fails when the database holds none of the articles asked for', async () => {
    await expect(
      runExport(context(), fromDb({ article: ['nowhere'], out: join(work, 'x.graphml') })),
    ).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
  });
});
