import {
  dedupeRelations,
  entityNames,
  toProvenance,
  type EntityNaming,
  type GraphDocument,
  type StoredEntity,
  type StoredFact,
  type StoredGraph,
} from '@newsgraph/graph-schema';

/** The stored graph's shapes, under the names the exports use; declared once in graph-schema. */
export type {
  Provenance,
  Scalar,
  StoredArticle as ArticleNode,
  StoredEntity as EntityNode,
  StoredFact as FactEdge,
  StoredGraph as MergedGraph,
  StoredMention as MentionEdge,
  StoredQuote as QuoteEdge,
} from '@newsgraph/graph-schema';

/**
 * Merges documents into one graph: entities by id (name, aliases and allowed attributes by
 * graph-schema's `entityNames`, the rule the loader applies), one fact per (type, source, target,
 * article), symmetric facts in id order, one quote per quote. A later document for the same article
 * id replaces the earlier one. Output is sorted by id so every export of the same input is
 * byte-for-byte the same.
 */
export function mergeDocuments(docs: readonly GraphDocument[]): StoredGraph {
  const byArticle = new Map<string, GraphDocument>();
  for (const doc of docs) byArticle.set(doc.article.id, doc);
  const namings = new Map<string, { type: StoredEntity['type']; namings: EntityNaming[] }>();
  const graph: StoredGraph = { articles: [], entities: [], mentions: [], quotes: [], facts: [] };
  for (const doc of [...byArticle.values()].sort((a, b) => compare(a.article.id, b.article.id))) {
    const version = doc.generator.version;
    graph.articles.push({ ...doc.article, extractorVersion: version });
    for (const entity of doc.entities) {
      const count = Math.max(1, entity.mentions.length);
      const seen = namings.get(entity.id) ?? { type: entity.type, namings: [] };
      seen.namings.push({
        name: entity.name,
        aliases: [entity.name, ...entity.aliases],
        count,
        attributes: entity.attributes,
      });
      namings.set(entity.id, seen);
      graph.mentions.push({ article: doc.article.id, entity: entity.id, count });
    }
    for (const rel of dedupeRelations(doc.relations)) {
      const provenance = toProvenance(rel, doc.article.id, version);
      if (rel.type === 'QUOTES') {
        graph.quotes.push({ ...provenance, speaker: rel.target, text: rel.properties.text ?? '' });
        continue;
      }
      const role = rel.properties.role;
      graph.facts.push({
        ...provenance,
        type: rel.type,
        source: rel.source,
        target: rel.target,
        sentence: provenance.evidence[0] ?? '',
        ...(role === undefined ? {} : { role }),
      });
    }
  }
  graph.entities = [...namings.entries()]
    .map(([id, { type, namings: named }]) => ({ id, type, ...entityNames(type, named) }))
    .sort((a, b) => compare(a.id, b.id));
  graph.facts.sort((a, b) => compare(factKey(a), factKey(b)));
  return graph;
}

function factKey(f: StoredFact): string {
  return `${f.type}\0${f.source}\0${f.target}\0${f.articleId}`;
}

/** Code-point order, independent of the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
