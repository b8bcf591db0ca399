export { createLoader, DEFAULT_BATCH_SIZE } from './loader.js';
export { validateDocument } from './validate-document.js';
export { toNeo4jUri, redactUri, NEO4J_SCHEMES } from './uri.js';
export type {
  GraphStats,
  LoadProgress,
  Loader,
  LoaderOptions,
  LoadSummary,
  Logger,
  Neo4jSettings,
} from './types.js';
export {
  runReadQuery,
  toPlainJson,
  type JsonValue,
  type ReadQueryOptions,
  type ReadQueryResult,
} from './read-query.js';
export { readGraph, streamGraph, type ReadGraphOptions } from './read-graph.js';
export {
  resolveEntity,
  fullTextQuery,
  type EntityMatch,
  type EntityMatchKind,
  type ResolveEntityOptions,
} from './resolve-entity.js';
