/** Schema, article, entity, mention and fact statements of a load, reload or delete. */
import {
  ENTITY_ATTRIBUTE_KEYS,
  ENTITY_NODE_PROPERTIES,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  schemaStatements,
  type SchemaStatement,
} from '@newsgraph/graph-schema';
import { allowedAttributeKey, allowedLabel, allowedRelationshipType } from '../allow-list.js';
import { ENTITY, ARTICLE, MENTIONS } from './names.js';

/**
 * Recomputes entity `e`'s properties from the articles that mention it now, and writes them only
 * when they change: the name most articles use (then most mentions, then code-point order) among
 * the full names (a name whose words sit inside another candidate's, "Blair" in "Tony Blair", is
 * not one; nor, for a person, a one-word name beside a longer one: "Zelenskiy"); the union of the aliases, the name first, the others in code-point order; each allowed attribute's most common value. `SET e = …`
 * also drops every other property. An entity no mention names (loaded before mentions kept
 * names) is left alone; one with no mentions at all is deleted by the caller.
 */
export function recomputeEntity(): string {
  const keys = ENTITY_ATTRIBUTE_KEYS.map(allowedAttributeKey);
  // Each subquery sits in a WITH beside plain variables only: next to a computed value, Neo4j
  // takes the count() inside a COLLECT subquery for an aggregation of the outer query.
  const values = keys.map(
    (k) => `head(COLLECT {
      MATCH (:${ARTICLE})-[m:${MENTIONS}]->(e) WHERE m.${k} IS NOT NULL
      WITH m.${k} AS v, count(*) AS n ORDER BY n DESC, v LIMIT 1 RETURN v }) AS attribute_${k}`,
  );
  return `
CALL (e) {
  WITH e, COLLECT {
    MATCH (:${ARTICLE})-[m:${MENTIONS}]->(e) WHERE m.name IS NOT NULL
    WITH m.name AS name, count(*) AS articles, sum(m.count) AS mentions
    ORDER BY articles DESC, mentions DESC, name
    RETURN name
  } AS names, COLLECT {
    MATCH (:${ARTICLE})-[m:${MENTIONS}]->(e) UNWIND m.aliases AS alias
    RETURN DISTINCT alias ORDER BY alias
  } AS aliases,
  ${values.join(',\n  ')}
  WHERE size(names) > 0
  WITH e, aliases, ${keys.map((k) => `attribute_${k}`).join(', ')},
    [x IN names WHERE NOT any(y IN names WHERE size(split(y, ' ')) > size(split(x, ' '))
      AND (' ' + y + ' ') CONTAINS (' ' + x + ' '))] AS full
  WITH e, aliases, ${keys.map((k) => `attribute_${k}`).join(', ')},
    head(CASE WHEN e:${allowedLabel('Person')} AND any(x IN full WHERE x CONTAINS ' ')
      THEN [x IN full WHERE x CONTAINS ' '] ELSE full END) AS name
  WITH e, {id: e.id, name: name, aliases: [name] + [x IN aliases WHERE x <> name],
    ${keys.map((k) => `\`${k}\`: attribute_${k}`).join(', ')}} AS props
  WHERE any(k IN keys(props) WHERE NOT coalesce(e[k] = props[k], e[k] IS NULL AND props[k] IS NULL))
    OR any(k IN keys(e) WHERE NOT k IN keys(props))
  SET e = props
}`;
}

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
CALL () {
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

/**
 * $rows: ArticleRow. Replaces every property, so a field dropped by an edit does not linger.
 * Returns each article's id, whether it was stored before (MERGE has locked it, so no other
 * transaction can store it meanwhile: one that was not has nothing to clear), and the surname
 * keys of the people its stored mentions name.
 */
export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:${ARTICLE} {id: row.id})
ON CREATE SET a.loaderNew = true
WITH a, row, a.loaderNew IS NULL AS stored
WITH a, row, stored, CASE WHEN stored THEN COLLECT {
    MATCH (a)-[m:${MENTIONS}]->(:${ENTITY}) WHERE m.surnameKey IS NOT NULL
    RETURN DISTINCT m.surnameKey
  } ELSE [] END AS keys
SET a = row.props, a.wordCount = toInteger(row.wordCount), a.loadedAt = datetime()
RETURN a.id AS id, stored, keys`;

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
 * $ids, $keep: drops the articles' mentions; every entity they named, except those in $keep
 * (named by this transaction's documents, marked `loaderStale` and recomputed once their new
 * mentions exist), is
 * recomputed from the mentions left, or deleted when none is left. The entity is write-locked
 * first so a concurrent load that is adding a mention to it is seen.
 */
export const DELETE_MENTIONS_AND_ORPHANS = `
UNWIND $ids AS id
MATCH (:${ARTICLE} {id: id})-[m:${MENTIONS}]->(e:${ENTITY})
DELETE m
WITH DISTINCT e
SET e.loaderLock = true
REMOVE e.loaderLock
FOREACH (_ IN CASE WHEN e.id IN $keep THEN [1] ELSE [] END | SET e.loaderStale = true)
WITH e
WHERE NOT e.id IN $keep${recomputeEntity()}
WITH e
WHERE NOT EXISTS { (e)<-[:${MENTIONS}]-() }
DETACH DELETE e`;

/**
 * $rows: EntityRow of every type, with `props` (singleMentionProps) or null, and `type` checked
 * against graph-schema's entity types before it is sent. A new node takes `props`, all a
 * recompute would give it, or else the row's name until the mentions are recomputed; an
 * existing one is only read here (hub entities named by every article are not write-locked by
 * each transaction: RECOMPUTE_ENTITIES locks the ones it recomputes). One statement for every
 * type: the MERGE stays on the static Entity label, so it seeks the constraint's index, and
 * only the type label is dynamic (`SET e:$(…)`, which needs no index).
 */
export const MERGE_ENTITIES = `
UNWIND $rows AS row
MERGE (e:${ENTITY} {id: row.id})
ON CREATE SET e.name = row.name, e += coalesce(row.props, {})
FOREACH (_ IN CASE WHEN NOT row.type IN labels(e) THEN [1] ELSE [] END | SET e:$(row.type))`;

/**
 * $rows: MentionRow. CREATE, not MERGE: the transaction has just removed the article's old ones.
 * The mention keeps how the article named the entity, and the extractor's id as `localId`; a
 * person's also its surname key and `fullKey` (storedFullKey).
 */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:${ARTICLE} {id: row.article})
MATCH (e:${ENTITY} {id: row.entity})
CREATE (a)-[m:${MENTIONS} {count: toInteger(row.count), localId: row.entity, name: row.name,
  aliases: row.aliases, surnameKey: row.surnameKey, fullKey: row.fullKey}]->(e)
SET m += row.attributes`;

/**
 * $rows: RecomputeRow, after the transaction's mentions exist. Only entities whose new mentions
 * could change them are recomputed (a hub named the same way by every article is only read):
 * a mention that repeats the current name, aliases and attribute values only adds to the
 * winners' counts. New nodes (no aliases yet) and those that lost a mention in this
 * transaction (`loaderStale`) always are, and so are nodes with a property not in $properties
 * (left by an older loader). Each is write-locked before its mentions are read, so that of two
 * transactions recomputing it the later sees the earlier's mentions.
 */
export const RECOMPUTE_ENTITIES = `
UNWIND $rows AS row
MATCH (e:${ENTITY} {id: row.id})
WITH e, row
WHERE e.loaderStale IS NOT NULL OR e.aliases IS NULL
  OR any(n IN row.names WHERE n <> e.name)
  OR any(a IN row.aliases WHERE NOT a IN e.aliases)
  OR any(p IN row.attributes WHERE e[p[0]] IS NULL OR e[p[0]] <> p[1])
  OR any(k IN keys(e) WHERE NOT k IN $properties)
SET e.loaderLock = true
REMOVE e.loaderLock
WITH e${recomputeEntity()}`;

const PROVENANCE = `articleId: row.articleId, \`start\`: toInteger(row.start), \`end\`: toInteger(row.end),
  evidence: row.evidence, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)],
  confidence: toFloat(row.confidence), extractorVersion: row.extractorVersion`;

/** $rows: QuoteRow, one relationship per quote. */
export const CREATE_QUOTES = `
UNWIND $rows AS row
MATCH (a:${ARTICLE} {id: row.articleId})
MATCH (e:${ENTITY} {id: row.speaker})
CREATE (a)-[:${allowedRelationshipType('QUOTES')} {text: row.text, targetLocal: row.speaker, ${PROVENANCE}}]->(e)`;

/**
 * $rows: TypedFactRow, every type in one statement; `type` is checked against graph-schema's
 * relationship types before it is sent, and `role` is null (so absent) except on LEADS and
 * REPRESENTS. The endpoints are found through the static Entity label's constraint index; only
 * the created relationship's type is dynamic.
 */
export const CREATE_FACTS = `
UNWIND $rows AS row
MATCH (s:${ENTITY} {id: row.source})
MATCH (t:${ENTITY} {id: row.target})
CREATE (s)-[:$(row.type) {sentence: row.sentence, role: row.role,
  sourceLocal: row.source, targetLocal: row.target, ${PROVENANCE}}]->(t)`;

/** $id: the article node itself, last, once its facts and mentions are gone. */
export const DELETE_ARTICLE = `
MATCH (a:${ARTICLE} {id: $id})
DETACH DELETE a`;

/** The properties an entity node may have: RECOMPUTE_ENTITIES's $properties. */
export const ENTITY_PROPERTIES: readonly string[] = [
  ...ENTITY_NODE_PROPERTIES,
  ...ENTITY_ATTRIBUTE_KEYS,
];

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
