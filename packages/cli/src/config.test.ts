import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeThrown } from '../../../graph-schema/src/test-fixtures.js';
import { neo4jSettings, redactUri, resolveConnection } from './config.js';
import { readLocalServer } from './local-server.js';

const none = { localServer: null };
const running = { localServer: { pid: 1, boltPort: 17687, httpPort: 17474 } };

describe('neo4jSettings', () => {
  it('defaults to the local server', () => {
    expect(neo4jSettings({}, {}, none)).toEqual({
      uri: 'bolt://localhost:7687',
      username: 'neo4j',
      password: 'newsgraph',
      database: 'neo4j',
    });
  });

  it('takes NEO4J_* variables, and flags over them', () => {
    const env = {
      NEO4J_URI: 'neo4j+s://db.example.com',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'news',
    };
    expect(neo4jSettings({}, env, running)).toEqual({
      uri: 'neo4j+s://db.example.com',
      username: 'u',
      password: 'p',
      database: 'news',
    });
    expect(neo4jSettings({ uri: 'bolt://other:7687', database: 'x' }, env)).toMatchObject({
      uri: 'bolt://other:7687',
      database: 'x',
    });
  });

  it('accepts bolt, neo4j and their TLS variants and rejects other schemes', () => {
    for (const uri of [
      'bolt://h:1',
      'neo4j://h',
      'bolt+s://h',
      'neo4j+s://h',
      'bolt+ssc://h',
      'neo4j+ssc://h',
    ]) {
      expect(neo4jSettings({ uri }, {}).uri).toBe(uri);
    }
  });

  it('names the setting that gave a bad URI: the flag or the variable', () => {
    expect(
      describeThrown(() => neo4jSettings({ uri: 'http://h:7474' }, { NEO4J_URI: 'bolt://h' })),
    ).toMatch(/^--uri: not a Neo4j URI: http:\/\/h:7474/);
    expect(describeThrown(() => neo4jSettings({}, { NEO4J_URI: 'http://h:7474' }))).toMatch(
      /^NEO4J_URI: not a Neo4j URI: http:\/\/h:7474/,
    );
  });

  it('never repeats credentials embedded in a URI', () => {
    expect(redactUri('bolt://neo4j:secret@host:7687')).toBe('bolt://host:7687');
    expect(() => neo4jSettings({ uri: 'http://neo4j:secret@host' }, {})).toThrow(/^(?!.*secret)/);
  });
});

describe('resolveConnection', () => {
  it('uses the running local server when neither --uri nor NEO4J_URI names one', () => {
    expect(resolveConnection({}, { NEO4J_BOLT_PORT: '7000' }, running)).toMatchObject({
      uri: 'bolt://localhost:17687',
      source: 'local-server',
      browserUrl: 'http://localhost:17474/browser/',
    });
  });

  it('prefers NEO4J_URI and the flag to the local server, and knows no Browser for them', () => {
    const env = { NEO4J_URI: 'bolt://db:7687' };
    expect(resolveConnection({}, env, running)).toMatchObject({
      source: 'env',
      browserUrl: undefined,
    });
    expect(resolveConnection({ uri: 'bolt://x' }, env, running)).toMatchObject({
      uri: 'bolt://x',
      source: 'flag',
    });
  });

  it('falls back to NEO4J_BOLT_PORT and NEO4J_HTTP_PORT, then 7687 and 7474', () => {
    const env = { NEO4J_BOLT_PORT: '17001', NEO4J_HTTP_PORT: '17002' };
    expect(resolveConnection({}, env, none)).toMatchObject({
      uri: 'bolt://localhost:17001',
      source: 'default',
      browserUrl: 'http://localhost:17002/browser/',
    });
    expect(resolveConnection({}, {}, none).browserUrl).toBe('http://localhost:7474/browser/');
    expect(describeThrown(() => resolveConnection({}, { NEO4J_BOLT_PORT: 'x' }, none))).toMatch(
      /^NEO4J_BOLT_PORT: not a port number/,
    );
  });
});

describe('readLocalServer', () => {
  function dataDir(record: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-dir-'));
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', 'newsgraph-neo4j.json'), JSON.stringify(record));
    return dir;
  }
  const record = { pid: 4242, boltPort: 17687, httpPort: 17474, version: '5.26.1' };

  it('reads the record in $NEWSGRAPH_NEO4J_DIR/run when that server still runs', () => {
    const env = { NEWSGRAPH_NEO4J_DIR: dataDir(record) };
    expect(readLocalServer(env, (pid) => pid === 4242)).toEqual({
      pid: 4242,
      boltPort: 17687,
      httpPort: 17474,
    });
    expect(readLocalServer(env, () => false)).toBeUndefined();
  });

  it('ignores a missing or malformed record', () => {
    const empty = mkdtempSync(join(tmpdir(), 'newsgraph-neo4j-dir-'));
    expect(readLocalServer({ NEWSGRAPH_NEO4J_DIR: empty }, () => true)).toBeUndefined();
    const bad = { NEWSGRAPH_NEO4J_DIR: dataDir({ pid: 'x' }) };
    expect(readLocalServer(bad, () => true)).toBeUndefined();
  });

  it('is what the CLI uses when no server is named', () => {
    const env = { NEWSGRAPH_NEO4J_DIR: dataDir({ ...record, pid: process.pid }) };
    // The test process is alive but is not Neo4j: a pid reused by another program is no server.
    expect(resolveConnection({}, env).source).toBe('default');
  });
});
