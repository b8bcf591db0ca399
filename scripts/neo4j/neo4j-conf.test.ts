import { describe, expect, it } from 'vitest';
import { jvmArgs, renderNeo4jConf } from './neo4j-conf.mjs';

const settings = (conf: string): Map<string, string> =>
  new Map(
    conf
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('renderNeo4jConf', () => {
  const conf = settings(renderNeo4jConf({ boltPort: 17687, httpPort: 17474 }));

  it('listens on the loopback interface only, on the given ports', () => {
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:17687');
    expect(conf.get('server.http.listen_address')).toBe('127.0.0.1:17474');
    expect(conf.get('server.https.enabled')).toBe('false');
  });

  it('advertises the Bolt port Browser must connect to', () => {
    expect(conf.get('server.bolt.advertised_address')).toBe('localhost:17687');
  });

  it('keeps authentication on and data, logs and pid under the server home', () => {
    expect(conf.get('dbms.security.auth_enabled')).toBe('true');
    expect(conf.get('server.directories.data')).toBe('data');
    expect(conf.get('server.directories.logs')).toBe('logs');
    expect(conf.get('server.directories.run')).toBe('run');
  });

  it('uses a small page cache unless told otherwise', () => {
    expect(conf.get('server.memory.pagecache.size')).toBe('256m');
    const bigger = settings(renderNeo4jConf({ boltPort: 1, httpPort: 2, pageCache: '1g' }));
    expect(bigger.get('server.memory.pagecache.size')).toBe('1g');
  });

  it('adds extra settings and refuses ones that would break the file', () => {
    const extra = { 'db.memory.transaction.max': '4MB' };
    const withLimit = settings(renderNeo4jConf({ boltPort: 1, httpPort: 2, settings: extra }));
    expect(withLimit.get('db.memory.transaction.max')).toBe('4MB');
    expect(conf.has('db.memory.transaction.max')).toBe(false);
    const bad = { 'db.memory.transaction.max': '4MB\ndbms.security.auth_enabled=false' };
    expect(() => renderNeo4jConf({ boltPort: 1, httpPort: 2, settings: bad })).toThrow(/Not a/);
  });
});

describe('jvmArgs', () => {
  it('fixes the heap at 512m by default', () => {
    expect(jvmArgs()).toEqual(expect.arrayContaining(['-Xms512m', '-Xmx512m']));
    expect(jvmArgs({ heap: '2g' })).toEqual(expect.arrayContaining(['-Xms2g', '-Xmx2g']));
  });

  it('stops the JIT at C1 only when asked for a quick start', () => {
    expect(jvmArgs()).not.toContain('-XX:TieredStopAtLevel=1');
    expect(jvmArgs({ quickStart: true })).toContain('-XX:TieredStopAtLevel=1');
  });

  it('opens java.nio so the page cache need not fall back to slow mode', () => {
    expect(jvmArgs()).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
  });
});
