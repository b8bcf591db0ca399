import { ARTICLE_LABEL, ENTITY_LABEL } from '@newsgraph/graph-schema';
import { MultiDirectedGraph } from 'graphology';
import type { MergedGraph } from './merge-documents.js';

export type Attribute = string | number | boolean | string[] | number[];
export type NodeAttributes = { labels: string[]; id: string } & Record<string, Attribute>;
export type EdgeAttributes = { type: string } & Record<string, Attribute>;
export type NewsGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** Node key of an article: kept apart from entity ids, which never start with `article:`. */
export function articleKey(id: string): string {
  return `article:${id}`;
}

/**
 * The merged graph as a graphology multigraph: node attributes are the Neo4j properties plus
 * `labels`; edge attributes the relationship properties plus `type`. Keys are stable, so two
 * exports of the same documents are identical.
 */
export function toGraphology(graph: MergedGraph): NewsGraph {
  const g: NewsGraph = new MultiDirectedGraph();
  for (const { wordCount, ...article } of graph.articles) {
    g.addNode(articleKey(article.id), { ...defined(article), wordCount, labels: [ARTICLE_LABEL] });
  }
  for (const e of graph.entities) {
    g.addNode(e.id, {
      ...e.attributes,
      id: e.id,
      name: e.name,
      aliases: e.aliases,
      labels: [ENTITY_LABEL, e.type],
    });
  }
  for (const m of graph.mentions) {
    g.addEdgeWithKey(`MENTIONS:${m.article}->${m.entity}`, articleKey(m.article), m.entity, {
      type: 'MENTIONS',
      count: m.count,
    });
  }
  for (const { speaker, ...quote } of graph.quotes) {
    const key = `QUOTES:${quote.articleId}->${speaker}@${quote.start}-${quote.end}`;
    if (!g.hasEdge(key))
      g.addEdgeWithKey(key, articleKey(quote.articleId), speaker, { ...quote, type: 'QUOTES' });
  }
  for (const { source, target, ...fact } of graph.facts) {
    g.addEdgeWithKey(
      `${fact.type}:${source}->${target}@${fact.articleId}`,
      source,
      target,
      defined(fact),
    );
  }
  return g;
}

function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
