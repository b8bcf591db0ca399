import type { GraphDocument } from '@newsgraph/graph-schema';
import { toCsvFiles } from './csv.js';
import { toCypherScript } from './cypher-script.js';
import type { ExportFile } from './export-file.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toGraphologyJson } from './graphology-json.js';
import { mergeDocuments, type MergedGraph } from './merge-documents.js';
import { toNeo4jAdminFiles } from './neo4j-admin.js';
import { toGraphology } from './to-graphology.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json', 'cypher', 'csv', 'neo4j-admin'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats written as a folder of files; the others are one file. */
export const FOLDER_FORMATS: readonly ExportFormat[] = ['csv', 'neo4j-admin'];

/**
 * Graph documents, merged, in one format. A one-file format gives one file with path '';
 * folder formats give paths relative to the folder.
 */
export function exportGraph(docs: readonly GraphDocument[], format: ExportFormat): ExportFile[] {
  return exportMergedGraph(mergeDocuments(docs), format);
}

/** A merged graph (from documents or read from the database) in one format. */
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
