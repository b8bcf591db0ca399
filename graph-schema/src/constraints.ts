import { ARTICLE_LABEL, ENTITY_LABEL, ENTITY_TYPES } from './labels.js';
import { ENTITY_RELATION_TYPES } from './relationships.js';

export interface SchemaStatement {
  name: string;
  cypher: string;
}

/** Full-text index over entity names and aliases, for fuzzy look-ups from Browser or notebooks. */
export const ENTITY_FULLTEXT_INDEX = 'entity_names';

/** Index on the folded surname a MENTIONS of a person keeps, for identity across articles. */
export const MENTION_SURNAME_INDEX = 'mentions_surname_key';

/** Index on a person mention's surname and folded full name ('' for a surname alone). */
export const MENTION_PERSON_KEY_INDEX = 'mentions_person_key';

/** Index on the extractor's id a MENTIONS keeps, whichever node it ends up on. */
export const MENTION_LOCAL_ID_INDEX = 'mentions_local_id';

/**
 * The constraints and indexes the loader applies before its first write. Idempotent: every
 * statement is `IF NOT EXISTS`, so applying them twice changes nothing.
 */
export function schemaStatements(): SchemaStatement[] {
  return [
    {
      name: 'entity_id',
      cypher: `CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:${ENTITY_LABEL}) REQUIRE n.id IS UNIQUE`,
    },
    {
      name: 'article_id',
      cypher: `CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) REQUIRE n.id IS UNIQUE`,
    },
    {
      name: 'entity_name',
      cypher: `CREATE INDEX entity_name IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON (n.name)`,
    },
    {
      name: 'article_content_hash',
      cypher: `CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) ON (n.contentHash)`,
    },
    {
      name: 'article_published_at',
      cypher: `CREATE INDEX article_published_at IF NOT EXISTS FOR (n:${ARTICLE_LABEL}) ON (n.publishedAt)`,
    },
    {
      name: ENTITY_FULLTEXT_INDEX,
      cypher:
        `CREATE FULLTEXT INDEX ${ENTITY_FULLTEXT_INDEX} IF NOT EXISTS ` +
        `FOR (n:${ENTITY_TYPES.join('|')}) ON EACH [n.name, n.aliases] ` +
        // Commits do not wait for Lucene: searches may lag a load by moments, loads run twice as fast.
        'OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } }',
    },
    // A person's surname key on each mention: the loader finds the people an article's surnames
    // may refer to inside its own transaction (the full-text index lags commits).
    {
      name: MENTION_SURNAME_INDEX,
      cypher: `CREATE INDEX ${MENTION_SURNAME_INDEX} IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.surnameKey)`,
    },
    // A new full-name person whose full name no other id has, under a surname no surname-only
    // mention has, and whose id no other article mentions, changes nobody's identity: these two
    // indexes let the loader see that by seeks instead of reading the surname's every mention.
    {
      name: MENTION_PERSON_KEY_INDEX,
      cypher: `CREATE INDEX ${MENTION_PERSON_KEY_INDEX} IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.surnameKey, r.fullKey)`,
    },
    {
      name: MENTION_LOCAL_ID_INDEX,
      cypher: `CREATE INDEX ${MENTION_LOCAL_ID_INDEX} IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.localId)`,
    },
    // Facts carry the id of the article they come from: reloading or deleting an article finds
    // its facts by index seek instead of walking hub entities.
    ...ENTITY_RELATION_TYPES.map((type) => ({
      name: factIndexName(type),
      cypher: `CREATE INDEX ${factIndexName(type)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.articleId)`,
    })),
  ];
}

/** Name of the index on the `articleId` of one fact type. */
export function factIndexName(type: string): string {
  return `${type.toLowerCase()}_article_id`;
}
