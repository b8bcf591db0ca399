/** Connection settings, shaped like the loader's and the CLI's. */
export interface Neo4jSettings {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** How a test may stop and start the server the harness runs, or why it may not. */
export type ServerHandle =
  | {
      kind: 'local';
      dataDir: string;
      boltPort: number;
      httpPort: number;
      password: string;
      quickStart: boolean;
    }
  | { kind: 'container'; containerId: string }
  | { kind: 'none'; reason: string };

/** What the global setup hands to the integration tests. */
export interface HarnessNeo4j {
  settings: Neo4jSettings;
  /** Where the server came from, for messages. */
  source: 'NEO4J_URI' | 'testcontainers' | 'local';
  server: ServerHandle;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: HarnessNeo4j;
  }
}
