import { readGraph, type ReadGraphOptions, type Neo4jSettings } from '@newsgraph/loader';
import { toCsvFiles } from './csv.js';
import { toCypherScript } from './cypher-script.js';
import type { ExportFile } from './export-file.js';
import type { ExportFormat } from './export-graph.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toGraphologyJson } from './graphology-json.js';
import type { MergedGraph } from './merge-documents.js';
import { toNeo4jAdminFiles } from './neo4j-admin.js';
import { toGraphology } from './to-graphology.js';

/**
 * What the database holds, as the graph the exports take. The loader reads it in the shape that
 * mergeDocuments builds, so a database export goes through the very exporters a document export
 * does; the assignment below is where the compiler holds the two shapes together.
 */
export async function readDatabaseGraph(
  settings: Neo4jSettings,
  options: ReadGraphOptions = {},
): Promise<MergedGraph> {
  const graph: MergedGraph = await readGraph(settings, options);
  return graph;
}

/** A merged graph in one format: what exportGraph does after merging the documents. */
export function exportMergedGraph(graph: MergedGraph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'graphml':
      return [{ path: '', content: toGraphml(toGraphology(graph)) }];
    case 'gexf':
      return [{ path: '', content: toGexf(toGraphology(graph)) }];
    case 'json':
      return [{ path: '', content: toGraphologyJson(toGraphology(graph)) }];
    case 'cypher':
      return [{ path: '', content: toCypherScript(graph) }];
    case 'csv':
      return toCsvFiles(graph);
    case 'neo4j-admin':
      return toNeo4jAdminFiles(graph);
  }
}

/** The asked-for articles the graph does not hold. */
export function missingArticles(graph: MergedGraph, asked: readonly string[]): string[] {
  const found = new Set(graph.articles.map((a) => a.id));
  return [...new Set(asked)].filter((id) => !found.has(id));
}
