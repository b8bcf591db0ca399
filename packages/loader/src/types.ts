import type { ValidGraphDocument } from '@newsgraph/graph-schema';

export interface Neo4jSettings {
  /** bolt://, neo4j:// or their +s / +ssc TLS variants. */
  uri: string;
  username: string;
  password: string;
  /** Defaults to the server's default database. */
  database?: string;
}

/** Libraries never print: whoever wants to hear from the loader passes one of these. */
export interface Logger {
  debug?(msg: string): void;
  info?(msg: string): void;
  warn?(msg: string): void;
}

export interface LoaderOptions {
  /** Rows per UNWIND statement and the row budget of one transaction (default 1000). */
  batchSize?: number;
  logger?: Logger;
  /** Stored on articles and facts; defaults to each document's `generator.version`. */
  extractorVersion?: string;
  /** Reload an article even when the very same document is already loaded. */
  force?: boolean;
  /**
   * How long the loader retries a transient write failure (default 30 s); reads retry as the
   * connection was opened (openDriver's maxTransactionRetryTime).
   */
  maxRetryTimeMs?: number;
}

export interface LoadSummary {
  /** Articles written. */
  articles: number;
  /** Articles left alone because the same document (hence the same contentHash) is loaded. */
  skipped: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  /** Articles that could not be written; nothing of them was. */
  failures: { article: string; error: string }[];
}

export interface LoadProgress {
  /** Called after each transaction with the number of documents handled so far. */
  onProgress?(done: number): void;
}

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

export interface Loader {
  /** Connectivity, credentials and database, in one round trip. */
  verify(): Promise<void>;
  /** graph-schema's constraints and indexes plus the loader's own; idempotent. */
  applySchema(): Promise<void>;
  loadDocuments(docs: readonly ValidGraphDocument[], opts?: LoadProgress): Promise<LoadSummary>;
  /** Removes the article, its facts and mentions, and the entities no other article mentions. */
  deleteArticle(id: string): Promise<LoadSummary>;
  stats(): Promise<GraphStats>;
  close(): Promise<void>;
}
