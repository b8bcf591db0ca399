export {
  exportGraph,
  exportMergedGraph,
  EXPORT_FORMATS,
  FOLDER_FORMATS,
  type ExportFormat,
} from './export/export-graph.js';
export type { ExportFile } from './export/export-file.js';
export { readDatabaseGraph, missingArticles } from './export/from-db.js';
export { mergeDocuments, type MergedGraph } from './export/merge-documents.js';
export { toGraphology, articleKey, type NewsGraph } from './export/to-graphology.js';
export { cypherLiteral, cypherString } from './export/cypher-literal.js';
export {
  renderGraph,
  renderMergedGraph,
  type PictureFormat,
  type RenderOptions,
} from './render/render-graph.js';
export { seededRandom } from './render/seeded-random.js';
