import { toProvenance, type Provenance } from '@newsgraph/loader';
import {
  dedupeRelations,
  type Article,
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
  /** Every surface form seen in any document, the name included, in first-seen order. */
  aliases: string[];
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

/** Properties the exports own; an attribute of the same name is dropped, as the loader does. */
const RESERVED = new Set(['id', 'name', 'aliases', 'loaderLock']);

/**
 * Merges documents into one graph: entities by id (aliases unioned, the longer name wins, as in
 * the loader), one fact per (type, source, target, article), symmetric facts in id order, one
 * quote per quote. A later document for the same article id replaces the earlier one. Output is
 * sorted by id so every export of the same input is byte-for-byte the same.
 */
export function mergeDocuments(docs: readonly GraphDocument[]): MergedGraph {
  const byArticle = new Map<string, GraphDocument>();
  for (const doc of docs) byArticle.set(doc.article.id, doc);
  const entities = new Map<string, EntityNode>();
  const graph: MergedGraph = { articles: [], entities: [], mentions: [], quotes: [], facts: [] };
  for (const doc of [...byArticle.values()].sort((a, b) => compare(a.article.id, b.article.id))) {
    const version = doc.generator.version;
    graph.articles.push({ ...doc.article, extractorVersion: version });
    for (const entity of doc.entities) {
      mergeEntity(entities, entity);
      graph.mentions.push({
        article: doc.article.id,
        entity: entity.id,
        count: Math.max(1, entity.mentions.length),
      });
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
  graph.entities = [...entities.values()].sort((a, b) => compare(a.id, b.id));
  graph.facts.sort((a, b) => compare(factKey(a), factKey(b)));
  return graph;
}

function mergeEntity(
  entities: Map<string, EntityNode>,
  entity: GraphDocument['entities'][number],
): void {
  const attributes = Object.fromEntries(
    Object.entries(entity.attributes ?? {}).filter(([k]) => !RESERVED.has(k)),
  );
  const seen = entities.get(entity.id);
  if (seen === undefined) {
    const aliases = [...new Set([entity.name, ...entity.aliases])];
    entities.set(entity.id, {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases,
      attributes,
    });
    return;
  }
  if (entity.name.length > seen.name.length) seen.name = entity.name;
  seen.aliases = [...new Set([...seen.aliases, entity.name, ...entity.aliases])];
  seen.attributes = { ...seen.attributes, ...attributes };
}

function factKey(f: FactEdge): string {
  return `${f.type}\0${f.source}\0${f.target}\0${f.articleId}`;
}

/** Code-point order, independent of the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
