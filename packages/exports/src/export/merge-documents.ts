import { toProvenance, type Provenance } from '@newsgraph/loader';
import {
  dedupeRelations,
  entityNames,
  type Article,
  type EntityNaming,
  type EntityRelationType,
  type EntityType,
  type GraphDocument,
} from '@newsgraph/graph-schema';

export type Scalar = string | number | boolean;

export interface ArticleNode extends Omit<Article, 'wordCount'> {
  wordCount: number;
  extractorVersion: string;
}

export interface EntityNode {
  id: string;
  type: EntityType;
  name: string;
  /** The name first, then every other surface form in code-point order, as the loader stores them. */
  aliases: string[];
  /** graph-schema's allowed attributes only, each its most common value. */
  attributes: Record<string, Scalar>;
}

/** Where a fact or quote comes from, exactly as the loader stores it on the relationship. */
export type { Provenance };

export interface MentionEdge {
  article: string;
  entity: string;
  count: number;
}

export interface QuoteEdge extends Provenance {
  speaker: string;
  text: string;
}

export interface FactEdge extends Provenance {
  type: EntityRelationType;
  source: string;
  target: string;
  sentence: string;
  role?: string;
}

/** Graph documents merged the way the loader merges them in Neo4j, ready for any export. */
export interface MergedGraph {
  articles: ArticleNode[];
  entities: EntityNode[];
  mentions: MentionEdge[];
  quotes: QuoteEdge[];
  facts: FactEdge[];
}

/**
 * Merges documents into one graph: entities by id (name, aliases and allowed attributes by
 * graph-schema's `entityNames`, the rule the loader applies), one fact per (type, source, target,
 * article), symmetric facts in id order, one quote per quote. A later document for the same article
 * id replaces the earlier one. Output is sorted by id so every export of the same input is
 * byte-for-byte the same.
 */
export function mergeDocuments(docs: readonly GraphDocument[]): MergedGraph {
  const byArticle = new Map<string, GraphDocument>();
  for (const doc of docs) byArticle.set(doc.article.id, doc);
  const namings = new Map<string, { type: EntityNode['type']; namings: EntityNaming[] }>();
  const graph: MergedGraph = { articles: [], entities: [], mentions: [], quotes: [], facts: [] };
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

function factKey(f: FactEdge): string {
  return `${f.type}\0${f.source}\0${f.target}\0${f.articleId}`;
}

/** Code-point order, independent of the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
