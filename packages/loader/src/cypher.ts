/**
 * Every Cypher statement the loader sends. Values travel only as parameters; labels and
 * relationship types enter the text only through allowedLabel / allowedRelationshipType.
 */
import {
  ARTICLE_LABEL,
  ENTITY_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  schemaStatements,
  type SchemaStatement,
} from '@newsgraph/graph-schema';
import { allowedLabel, allowedRelationshipType } from './allow-list.js';

const ENTITY = allowedLabel(ENTITY_LABEL);
const ARTICLE = allowedLabel(ARTICLE_LABEL);

/** graph-schema's constraints and indexes (the `articleId` indexes on facts among them). */
export function loaderSchemaStatements(): SchemaStatement[] {
  return schemaStatements();
}

export const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';

export const VERIFY = 'RETURN 1 AS ok';

/**
 * $text, $search (a full-text query, or null), $index, $labels (or null), $limit → the entities
 * $text may name, best first: rank 0 the id, 1 the exact name, 2 an alias (case aside), 3 a
 * full-text match by score; within a rank, the entity more articles mention.
 */
export const RESOLVE_ENTITY = `
CALL {
  MATCH (e:${ENTITY} {id: $text})
  RETURN e, 0 AS rank, 0.0 AS score
  UNION
  MATCH (e:${ENTITY} {name: $text})
  RETURN e, 1 AS rank, 0.0 AS score
  UNION
  UNWIND CASE WHEN $search IS NULL THEN [] ELSE [$search] END AS search
  CALL db.index.fulltext.queryNodes($index, search, {limit: 50}) YIELD node AS e, score
  RETURN e, CASE
      WHEN toLower(e.name) = toLower($text) THEN 1
      WHEN any(a IN coalesce(e.aliases, []) WHERE toLower(a) = toLower($text)) THEN 2
      ELSE 3 END AS rank, score
}
WITH e, min(rank) AS rank, max(score) AS score
WHERE $labels IS NULL OR any(l IN labels(e) WHERE l IN $labels)
WITH e, rank, score, COUNT { (e)<-[:${allowedRelationshipType('MENTIONS')}]-() } AS articles
RETURN e.id AS id, e.name AS name, [l IN labels(e) WHERE l <> '${ENTITY}'][0] AS label,
       rank, score, articles
ORDER BY rank, CASE rank WHEN 3 THEN score ELSE 0.0 END DESC, articles DESC, id
LIMIT toInteger($limit)`;

/** $ids → the document hash stored for each article already loaded. */
export const LOADED_ARTICLES = `
UNWIND $ids AS id
MATCH (a:${ARTICLE} {id: id})
RETURN a.id AS id, a.documentHash AS documentHash`;

/** $rows: ArticleRow. Replaces every property, so a field dropped by an edit does not linger. */
export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:${ARTICLE} {id: row.id})
SET a = row.props, a.wordCount = toInteger(row.wordCount), a.loadedAt = datetime()`;

/** $ids: the article's facts of one type, found through the articleId index. */
export function deleteFacts(type: string): string {
  return `
UNWIND $ids AS id
MATCH ()-[r:${allowedRelationshipType(type)} {articleId: id}]->()
DELETE r`;
}

export const DELETE_QUOTES = `
UNWIND $ids AS id
MATCH (:${ARTICLE} {id: id})-[q:${allowedRelationshipType('QUOTES')}]->()
DELETE q`;

/**
 * $ids, $keep: drops the articles' mentions, then every entity they named that no article
 * mentions any more, except those in $keep (named by this transaction's documents). The entity
 * is write-locked before the check so a concurrent load that is adding a mention to it is seen.
 */
export const DELETE_MENTIONS_AND_ORPHANS = `
UNWIND $ids AS id
MATCH (:${ARTICLE} {id: id})-[m:${allowedRelationshipType('MENTIONS')}]->(e:${ENTITY})
DELETE m
WITH DISTINCT e
WHERE NOT e.id IN $keep
SET e.loaderLock = true
REMOVE e.loaderLock
WITH e
WHERE NOT EXISTS { (e)<-[:${allowedRelationshipType('MENTIONS')}]-() }
DETACH DELETE e`;

/**
 * $rows: EntityRow of one type. Aliases are unioned and the longer name wins, so a later article
 * that says "Merkel" never undoes an earlier "Angela Merkel". An entity is written only when the
 * row adds something: hub entities named by every article are then read, not rewritten (and not
 * write-locked) by each transaction.
 */
export function mergeEntities(type: string): string {
  return `
UNWIND $rows AS row
MERGE (e:${ENTITY} {id: row.id})
ON CREATE SET e.name = row.name, e.aliases = row.aliases, e += row.attributes
WITH e, row, [x IN row.aliases WHERE NOT x IN coalesce(e.aliases, [])] AS added
FOREACH (_ IN CASE WHEN size(added) > 0 OR size(row.name) > size(coalesce(e.name, '')) THEN [1] ELSE [] END |
  SET e.aliases = coalesce(e.aliases, []) + added,
      e.name = CASE WHEN size(row.name) > size(coalesce(e.name, '')) THEN row.name ELSE e.name END)
FOREACH (_ IN CASE WHEN any(k IN keys(row.attributes) WHERE e[k] IS NULL OR e[k] <> row.attributes[k]) THEN [1] ELSE [] END |
  SET e += row.attributes)
FOREACH (_ IN CASE WHEN NOT e:${allowedLabel(type)} THEN [1] ELSE [] END | SET e:${allowedLabel(type)})`;
}

/** $rows: MentionRow. CREATE, not MERGE: the transaction has just removed the article's old ones. */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:${ARTICLE} {id: row.article})
MATCH (e:${ENTITY} {id: row.entity})
CREATE (a)-[:${allowedRelationshipType('MENTIONS')} {count: toInteger(row.count)}]->(e)`;

const PROVENANCE = `articleId: row.articleId, \`start\`: toInteger(row.start), \`end\`: toInteger(row.end),
  evidence: row.evidence, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)],
  confidence: toFloat(row.confidence), extractorVersion: row.extractorVersion`;

/** $rows: QuoteRow, one relationship per quote. */
export const CREATE_QUOTES = `
UNWIND $rows AS row
MATCH (a:${ARTICLE} {id: row.articleId})
MATCH (e:${ENTITY} {id: row.speaker})
CREATE (a)-[:${allowedRelationshipType('QUOTES')} {text: row.text, ${PROVENANCE}}]->(e)`;

/** $rows: FactRow of one type; `role` is null (so absent) except on LEADS and REPRESENTS. */
export function createFacts(type: string): string {
  return `
UNWIND $rows AS row
MATCH (s:${ENTITY} {id: row.source})
MATCH (t:${ENTITY} {id: row.target})
CREATE (s)-[:${allowedRelationshipType(type)} {sentence: row.sentence, role: row.role, ${PROVENANCE}}]->(t)`;
}

/** $id: the article node itself, last, once its facts and mentions are gone. */
export const DELETE_ARTICLE = `
MATCH (a:${ARTICLE} {id: $id})
DETACH DELETE a`;

/** Counts by label and by type, each from the count store. */
export function statsQuery(): string {
  const labels = NODE_LABELS.map(
    (l) => `MATCH (n:${allowedLabel(l)}) RETURN 'label' AS kind, '${l}' AS name, count(n) AS count`,
  );
  const types = RELATIONSHIP_TYPES.map(
    (t) =>
      `MATCH ()-[r:${allowedRelationshipType(t)}]->() RETURN 'relationship' AS kind, '${t}' AS name, count(r) AS count`,
  );
  return [...labels, ...types].join('\nUNION ALL\n');
}

// Reading the graph back (read-graph.ts), always in READ transactions. Pages are keyset pages on
// the id constraints' indexes ($after, $limit), or explicit id lists ($ids).

/** $after, $limit: the next articles in id order. */
export const READ_ARTICLE_PAGE = `
MATCH (a:${ARTICLE})
WHERE a.id > $after
RETURN a.id AS id, properties(a) AS props
ORDER BY a.id
LIMIT $limit`;

/** $ids: these articles; ids not in the database give no row. */
export const READ_ARTICLES = `
UNWIND $ids AS id
MATCH (a:${ARTICLE} {id: id})
RETURN a.id AS id, properties(a) AS props`;

/** $ids: the articles' mentions. */
export const READ_MENTIONS = `
UNWIND $ids AS id
MATCH (:${ARTICLE} {id: id})-[m:${allowedRelationshipType('MENTIONS')}]->(e:${ENTITY})
RETURN id AS article, e.id AS entity, m.count AS count`;

/** $ids: the articles' quotes, one row per QUOTES relationship. */
export const READ_QUOTES = `
UNWIND $ids AS id
MATCH (:${ARTICLE} {id: id})-[q:${allowedRelationshipType('QUOTES')}]->(e:${ENTITY})
RETURN e.id AS speaker, properties(q) AS props`;

/** $ids: the articles' facts of these types, each type through its articleId index. */
export function readFactsQuery(types: readonly string[]): string {
  return types
    .map(
      (type) => `
UNWIND $ids AS id
MATCH (s:${ENTITY})-[r:${allowedRelationshipType(type)} {articleId: id}]->(t:${ENTITY})
RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props`,
    )
    .join('\nUNION ALL');
}

/** $after, $limit: the next entities in id order. */
export const READ_ENTITY_PAGE = `
MATCH (e:${ENTITY})
WHERE e.id > $after
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props
ORDER BY e.id
LIMIT $limit`;

/** $ids: these entities. */
export const READ_ENTITIES = `
UNWIND $ids AS id
MATCH (e:${ENTITY} {id: id})
RETURN e.id AS id, labels(e) AS labels, properties(e) AS props`;
