import { describe, expect, it } from 'vitest';
import { redactUri, toNeo4jUri } from './uri.js';

describe('toNeo4jUri', () => {
  it.each([
    'bolt://localhost:7687',
    'neo4j://cluster.example.org',
    'bolt+s://db.example.org:7687',
    'neo4j+s://x.databases.neo4j.io',
    'bolt+ssc://10.0.0.1',
    'neo4j+ssc://host:7688',
  ])('accepts %s', (uri) => {
    expect(toNeo4jUri(` ${uri} `)).toBe(uri);
  });

  it.each([
    ['http://localhost:7474', /7474 is the HTTP port/],
    ['https://db.example.org', /Bolt/],
    ['postgres://localhost', /use one of bolt:\/\//],
    ['localhost:7687', /no scheme/],
    ['', /no scheme/],
    ['bolt://', /no host|not a valid URI/],
  ])('rejects %s as CONFIG_INVALID', (uri, pattern) => {
    try {
      toNeo4jUri(uri);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'CONFIG_INVALID' });
      const { message, hint } = error as { message: string; hint?: string };
      expect(`${message} ${hint ?? ''}`).toMatch(pattern);
    }
  });

  it('never repeats a password written into the URI', () => {
    expect(() => toNeo4jUri('http://neo4j:s3cret@localhost:7474')).toThrow(
      expect.objectContaining({ where: 'http://localhost:7474' }),
    );
    expect(() => toNeo4jUri('http://neo4j:s3cret@localhost:7474')).not.toThrow(/s3cret/);
  });
});

describe('redactUri', () => {
  it('drops user and password', () => {
    expect(redactUri('neo4j+s://user:pw@host:7687/x')).toBe('neo4j+s://host:7687/x');
    expect(redactUri('bolt://host:7687')).toBe('bolt://host:7687');
  });
});
