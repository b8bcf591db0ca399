import { isSymmetric } from '@newsgraph/graph-schema';
import { MultiDirectedGraph } from 'graphology';
import type { EntityNode, MergedGraph } from '../export/merge-documents.js';

export interface PictureNode {
  entity: EntityNode;
  /** Articles that mention it: sets the drawing order, the busiest on top. */
  articles: number;
}

export interface PictureEdge {
  type: string;
  symmetric: boolean;
  /** The distinct articles stating it. */
  articles: string[];
  /** One evidence sentence, for the tooltip. */
  sentence: string;
}

export type FactGraph = MultiDirectedGraph<PictureNode, PictureEdge>;

export interface FactGraphOptions {
  /** Keep entities that take part in no fact (default false: a picture of facts, not a census). */
  isolated?: boolean | undefined;
}

/**
 * Entities and the facts between them, one edge per (type, source, target) across articles;
 * entities with no fact are left out unless `isolated` is set.
 */
export function factGraph(graph: MergedGraph, options: FactGraphOptions = {}): FactGraph {
  const g: FactGraph = new MultiDirectedGraph();
  const counts = new Map<string, number>();
  for (const m of graph.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (const entity of graph.entities)
    g.addNode(entity.id, { entity, articles: counts.get(entity.id) ?? 0 });
  for (const fact of graph.facts) {
    const key = `${fact.type}:${fact.source}->${fact.target}`;
    if (g.hasEdge(key)) {
      const articles = g.getEdgeAttribute(key, 'articles');
      if (!articles.includes(fact.articleId)) articles.push(fact.articleId);
      continue;
    }
    g.addEdgeWithKey(key, fact.source, fact.target, {
      type: fact.type,
      symmetric: isSymmetric(fact.type),
      articles: [fact.articleId],
      sentence: fact.sentence,
    });
  }
  if (options.isolated !== true)
    for (const node of g.filterNodes((n) => g.degree(n) === 0)) g.dropNode(node);
  return g;
}
