import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphDocumentSchema } from '@newsgraph/graph-schema';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-context.js';

const ARTICLE = `Ministers Clash Over Trade
France criticised the United States on Monday. "We will not accept these tariffs," French Foreign Minister Marie Laurent told reporters in Paris.
`;

function workdir(): string {
  return mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));
}

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('newsgraph extract', () => {
  it('prints one graph document for one file', async () => {
    const dir = workdir();
    const res = await runCli(['extract', write(dir, 'trade.txt', ARTICLE)]);
    expect(res.code).toBe(0);
    const doc = GraphDocumentSchema.parse(JSON.parse(res.stdout));
    expect(doc.article.id).toBe('trade');
    expect(doc.article.title).toBe('Ministers Clash Over Trade');
    expect(doc.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['state:FRA', 'state:USA']),
    );
  });

  it('writes DIR/<name>.json per input and lists the failures at the end', async () => {
    const dir = workdir();
    const out = join(dir, 'out');
    const good = write(dir, 'good.txt', ARTICLE);
    const empty = write(dir, 'empty.txt', '\n \n');
    const binary = write(dir, 'binary.txt', Buffer.from([1, 2, 0, 3]));
    const latin1 = write(dir, 'latin1.txt', Buffer.from('caf\xe9\n', 'latin1'));
    const res = await runCli([
      'extract',
      '--out',
      out,
      empty,
      good,
      binary,
      latin1,
      join(dir, 'missing.txt'),
    ]);
    expect(res.code).toBe(1);
    expect(readdirSync(out)).toEqual(['good.json']);
    GraphDocumentSchema.parse(JSON.parse(readFileSync(join(out, 'good.json'), 'utf8')));
    const failed = res.stderr.split('\n').filter((l) => l.includes('failed:'));
    expect(failed).toEqual([
      `  failed: ${empty}: empty file`,
      `  failed: ${binary}: binary file, expected UTF-8 text`,
      `  failed: ${latin1}: not valid UTF-8`,
      `  failed: ${join(dir, 'missing.txt')}: no such file or folder (ENOENT)`,
    ]);
  });

  it('reads JSON Lines articles from stdin and prints JSON Lines', async () => {
    const lines = [
      JSON.stringify({ id: 'one', title: 'One', text: ARTICLE }),
      JSON.stringify({ id: 'two', text: 'Germany backed Italy.' }),
      '{not json',
    ].join('\n');
    const res = await runCli(['extract', '-'], { stdin: lines });
    expect(res.code).toBe(1);
    const docs = res.stdout
      .trim()
      .split('\n')
      .map((l) => GraphDocumentSchema.parse(JSON.parse(l)));
    expect(docs.map((d) => d.article.id)).toEqual(['one', 'two']);
    expect(res.stderr).toMatch(/failed: stdin:3: invalid JSON/);
  });
});

describe('newsgraph usage', () => {
  it('exits 2 with a one-line message on an unknown command or option', async () => {
    expect(await runCli(['frobnicate'])).toMatchObject({ code: 2 });
    const res = await runCli(['extract', 'x.txt', '--no-such-flag']);
    expect(res.code).toBe(2);
    expect(res.stderr.split('\n')[0]).toMatch(/^newsgraph: Unknown argument/);
  });

  it('exits 2 on options that do not fit together or do not parse', async () => {
    for (const argv of [
      ['eval'],
      ['eval', '--gold', 'g', '--conll', 'c'],
      ['ingest', '--shard', '3/2', 'x.txt'],
      ['ingest', '--workers', '0', 'x.txt'],
    ]) {
      const res = await runCli(argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.stderr.split('\n')[0]).toMatch(/^newsgraph: /);
    }
  });

  it('rejects a URI that is not bolt or neo4j before connecting', async () => {
    const res = await runCli(['stats'], {
      env: { NEO4J_URI: 'http://user:secret@localhost:7474' },
    });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('NEO4J_URI: not a Neo4j URI: http://localhost:7474');
    expect(res.stderr).not.toContain('secret');
  });

  it('prints the schema Cypher, JSON Schema and style sheet', async () => {
    expect((await runCli(['schema', 'show', 'cypher'])).stdout).toContain(
      'CREATE CONSTRAINT entity_id IF NOT EXISTS',
    );
    expect(JSON.parse((await runCli(['schema', 'show', 'json-schema'])).stdout)).toHaveProperty(
      '$id',
    );
    expect((await runCli(['schema', 'show', 'grass'])).stdout).toContain('node.Person {');
  });

  it('shows the connection settings without the password', async () => {
    const res = await runCli(['config'], { env: { NEO4J_PASSWORD: 'hunter2-secret' } });
    expect(res.stdout).toContain('uri: bolt://localhost:7687');
    expect(res.stdout).not.toContain('hunter2');
  });
});

describe('newsgraph load --dry-run', () => {
  it('validates documents without a database and lists the bad ones', async () => {
    const dir = workdir();
    const extracted = await runCli(['extract', write(dir, 'a.txt', ARTICLE)]);
    write(dir, 'good.json', extracted.stdout);
    const bad = JSON.parse(extracted.stdout) as { relations: { target: string }[] };
    bad.relations[0]!.target = 'state:XXX';
    write(dir, 'bad.json', JSON.stringify(bad));
    write(dir, 'broken.json', '{');
    const res = await runCli(['load', '--dry-run', '--json', dir]);
    expect(res.code).toBe(1);
    const summary = JSON.parse(res.stdout) as {
      articles: number;
      failures: { where: string; error: string }[];
    };
    expect(summary.articles).toBe(1);
    expect(summary.failures.map((f) => f.where)).toEqual([
      join(dir, 'bad.json'),
      join(dir, 'broken.json'),
    ]);
    expect(summary.failures[0]!.error).toMatch(/relations\[0\]\.target: unknown entity state:XXX/);
  });
});
