import { describe, expect, it } from 'vitest';
import { schemaStatements } from './constraints.js';

describe('schemaStatements', () => {
  it('pins the generated Cypher', () => {
    expect(schemaStatements().map((s) => s.cypher)).toEqual([
      'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)',
      'CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
      'CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
      'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|State|Organization|Location|Group|Event) ON EACH [n.name, n.aliases]',
    ]);
  });

  it('makes every statement idempotent', () => {
    for (const s of schemaStatements()) expect(s.cypher).toContain('IF NOT EXISTS');
  });
});
