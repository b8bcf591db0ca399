/** Identity of people across articles: the reads and moves resolve-people.ts decides on. */
import { allowedLabel, allowedRelationshipType } from '../allow-list.js';
import { ENTITY, ARTICLE, MENTIONS } from './names.js';
import { recomputeEntity } from './write.js';

// Identity of people across articles (resolve-people.ts decides, these read and move). A
// mention keeps the extractor's id as `localId`, a fact its ends' as `sourceLocal` and
// `targetLocal`, a quote its speaker's as `targetLocal`: moving them between nodes is exact,
// and moving them back undoes it.

/** $ids: the surname keys of the people these articles mention (before they are replaced). */
export const PERSON_KEYS_OF_ARTICLES = `
UNWIND $ids AS id
MATCH (:${ARTICLE} {id: id})-[m:${MENTIONS}]->(:${ENTITY})
WHERE m.surnameKey IS NOT NULL
RETURN DISTINCT m.surnameKey AS key`;

/**
 * $keys, $people ({localId, name, surnameKey, fullKey}: the transaction's new person mentions),
 * $articleIds (the transaction's): how the stored mentions of people with the surname keys that
 * may need settling name them, and where. Those are $keys (the replaced articles' own), and the
 * key of each new mention that may change an answer. One with a twin (a mention from another
 * article with the same localId, name and key on the node of that localId) cannot: the stored
 * mentions (settled at every commit) already hold that very (localId, name) on its own node, so a
 * hub person is not read again by every transaction. Nor can a full name that no other id has,
 * under a surname no surname-only mention has, of an id no other article mentions: it is a
 * person of its own, on its own node, who joins nobody and whom nobody joins. Each of those is
 * an index seek; the surname's every mention is read only when one fails.
 */
export const PEOPLE_BY_SURNAME = `
CALL () {
  UNWIND $keys AS key
  RETURN key
  UNION
  UNWIND $people AS row
  WITH row
  WHERE NOT EXISTS {
    MATCH (:${ENTITY} {id: row.localId})<-[m:${MENTIONS}]-(a:${ARTICLE})
    WHERE m.localId = row.localId AND m.name = row.name AND m.surnameKey = row.surnameKey
      AND NOT a.id IN $articleIds
  } AND (row.fullKey = ''
    OR EXISTS { MATCH (a:${ARTICLE})-[m:${MENTIONS} {localId: row.localId}]->()
      WHERE NOT a.id IN $articleIds }
    OR EXISTS { MATCH ()-[m:${MENTIONS} {surnameKey: row.surnameKey, fullKey: row.fullKey}]->()
      WHERE m.localId <> row.localId }
    OR EXISTS { MATCH ()-[m:${MENTIONS} {surnameKey: row.surnameKey, fullKey: ''}]->() })
  RETURN row.surnameKey AS key
}
MATCH (:${ARTICLE})-[m:${MENTIONS} {surnameKey: key}]->(e:${ENTITY})
RETURN DISTINCT m.localId AS localId, m.name AS name, e.id AS node`;

/**
 * $limit: person mentions written before mentions kept `fullKey`, by element id, with their
 * names; SET_FULL_KEYS ($rows: {id, fullKey}) gives them one, so PEOPLE_BY_SURNAME's seeks see
 * them.
 */
export const MENTIONS_WITHOUT_FULL_KEY = `
MATCH ()-[m:${MENTIONS}]->()
WHERE m.surnameKey IS NOT NULL AND m.fullKey IS NULL
RETURN elementId(m) AS id, m.name AS name
LIMIT toInteger($limit)`;

export const SET_FULL_KEYS = `
UNWIND $rows AS row
MATCH ()-[m:${MENTIONS}]->()
WHERE elementId(m) = row.id
SET m.fullKey = row.fullKey`;

/** $rows: PersonMove. The nodes people move to, created when missing. */
export const MERGE_PEOPLE = `
UNWIND $rows AS row
MERGE (e:${ENTITY} {id: row.to})
ON CREATE SET e.name = row.name, e.aliases = [row.name]
SET e:${allowedLabel('Person')}`;

/** $rows: PersonMove. Relationships into `from` that name `localId` are recreated into `to`. */
export function moveIncoming(type: string, localKey: 'localId' | 'targetLocal'): string {
  const t = allowedRelationshipType(type);
  return `
UNWIND $rows AS row
MATCH (from:${ENTITY} {id: row.from})<-[r:${t}]-(x)
WHERE r.${localKey} = row.localId
MATCH (to:${ENTITY} {id: row.to})
CREATE (x)-[n:${t}]->(to)
SET n = properties(r)
DELETE r`;
}

/** $rows: PersonMove. Facts out of `from` that name `localId` as their source, out of `to`. */
export function moveOutgoing(type: string): string {
  const t = allowedRelationshipType(type);
  return `
UNWIND $rows AS row
MATCH (from:${ENTITY} {id: row.from})-[r:${t}]->(x)
WHERE r.sourceLocal = row.localId
MATCH (to:${ENTITY} {id: row.to})
CREATE (to)-[n:${t}]->(x)
SET n = properties(r)
DELETE r`;
}

/** $ids: entities recomputed from their mentions, or deleted when none is left. */
export const RECOMPUTE_OR_DROP_ENTITIES = `
UNWIND $ids AS id
MATCH (e:${ENTITY} {id: id})${recomputeEntity()}
WITH e
WHERE NOT EXISTS { (e)<-[:${MENTIONS}]-() }
DETACH DELETE e`;
