import { describe, expect, it } from 'vitest';
import { neo4jSettings, redactUri } from './config.js';

describe('neo4jSettings', () => {
  it('defaults to the local server', () => {
    expect(neo4jSettings({}, {})).toEqual({
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
    expect(neo4jSettings({}, env)).toEqual({
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
    expect(() => neo4jSettings({ uri: 'http://h:7474' }, {})).toThrow(
      /NEO4J_URI: not a Neo4j URI: http:\/\/h:7474/,
    );
  });

  it('never repeats credentials embedded in a URI', () => {
    expect(redactUri('bolt://neo4j:secret@host:7687')).toBe('bolt://host:7687');
    expect(() => neo4jSettings({ uri: 'http://neo4j:secret@host' }, {})).toThrow(/^(?!.*secret)/);
  });
});
