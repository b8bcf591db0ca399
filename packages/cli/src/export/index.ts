export { exportGraph, EXPORT_FORMATS, FOLDER_FORMATS, type ExportFormat } from './export-graph.js';
export type { ExportFile } from './export-file.js';
export { mergeDocuments, type MergedGraph } from './merge-documents.js';
export { toGraphology, articleKey, type NewsGraph } from './to-graphology.js';
export { cypherLiteral, cypherString } from './cypher-literal.js';
