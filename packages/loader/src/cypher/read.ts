/** Reading the graph back (read-graph.ts). */
import { allowedRelationshipType } from '../allow-list.js';
import { ARTICLE, ENTITY } from './names.js';

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
