export { createLoader, DEFAULT_BATCH_SIZE } from './loader.js';
export { validateDocument } from './validate-document.js';
export { toNeo4jUri, redactUri, NEO4J_SCHEMES } from './uri.js';
export {
  closeConnection,
  openDriver,
  verifyConnection,
  type Connection,
  type OpenDriverOptions,
} from './connection.js';
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
// The write path step by step, for the benchmarks that time or vary it (scripts/bench).
export { chunk, groupIntoBatches, mergeBatch } from './batches.js';
export { buildDocumentRows } from './rows.js';
export { planBatch } from './write-plan.js';
export { loadWithIdentities } from './identities.js';
export { driverRunner } from './runner.js';
