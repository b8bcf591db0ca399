import { readGraph, type Connection, type ReadGraphOptions } from '@newsgraph/loader';
import type { MergedGraph } from './merge-documents.js';

/**
 * What the database holds, as the graph the exports take. The loader reads it in the shape that
 * mergeDocuments builds, so a database export goes through the very exporters a document export
 * does; the assignment below is where the compiler holds the two shapes together.
 */
export async function readDatabaseGraph(
  connection: Connection,
  options: ReadGraphOptions = {},
): Promise<MergedGraph> {
  const graph: MergedGraph = await readGraph(connection, options);
  return graph;
}

/** The asked-for articles the graph does not hold. */
export function missingArticles(graph: MergedGraph, asked: readonly string[]): string[] {
  const found = new Set(graph.articles.map((a) => a.id));
  return [...new Set(asked)].filter((id) => !found.has(id));
}
