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
      'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|State|Organization|Location|Group|Event) ON EACH [n.name, n.aliases] OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }',
      'CREATE INDEX mentions_surname_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.surnameKey)',
      'CREATE INDEX mentions_person_key IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.surnameKey, r.fullKey)',
      'CREATE INDEX mentions_local_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.localId)',
      'CREATE INDEX opposes_article_id IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.articleId)',
      'CREATE INDEX supports_article_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.articleId)',
      'CREATE INDEX allied_with_article_id IF NOT EXISTS FOR ()-[r:ALLIED_WITH]-() ON (r.articleId)',
      'CREATE INDEX member_of_article_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.articleId)',
      'CREATE INDEX leads_article_id IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.articleId)',
      'CREATE INDEX represents_article_id IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.articleId)',
    ]);
  });

  it('makes every statement idempotent', () => {
    for (const s of schemaStatements()) expect(s.cypher).toContain('IF NOT EXISTS');
  });
});
