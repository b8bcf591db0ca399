// Types for local-neo4j.mjs, the API for tests and scripts: a local Neo4j Community 5.26 from
// Maven Central, run as a plain Java process (no Docker).
export { DEFAULTS } from './defaults.mjs';
export { LocalNeo4jError, type LocalNeo4jErrorCode } from './errors.mjs';
export { ensureNeo4j, type Neo4jDistribution } from './fetch-neo4j.mjs';
export { freePort } from './ports.mjs';
export { waitForBolt } from './bolt-probe.mjs';

export interface LocalNeo4jOptions {
  /** Default 7687. */
  boltPort?: number;
  /** Default 7474. */
  httpPort?: number;
  /** The server's home (conf/, data/, logs/, run/); default `.neo4j/` or `$NEWSGRAPH_NEO4J_DIR`. */
  dataDir?: string;
  /** Initial password of user `neo4j`, set on the first start only (8+ characters); default 'newsgraph'. */
  password?: string;
  /** Where the jars are cached; default `.cache/neo4j/` or `$NEWSGRAPH_CACHE/neo4j`. */
  cacheDir?: string;
  /** Pin a Neo4j version such as '5.26.30'; default the newest 5.26.x Maven Central serves. */
  version?: string;
  /** JVM heap; default '512m'. */
  heap?: string;
  /** Default '256m'. */
  pageCache?: string;
  /** Extra neo4j.conf settings, written on every start, e.g. `{ 'db.memory.transaction.max': '4MB' }`. */
  settings?: Record<string, string>;
  /** Stop the JIT at C1: start-up about twice as fast, slower queries in the long run (tests). */
  quickStart?: boolean;
  /** How long start() waits for Bolt; default 180000. */
  startTimeoutMs?: number;
  /** Silent unless given (it only ever says that a download starts). */
  logger?: { info(message: string): void };
}

export interface RunningServer {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
}

export interface LocalNeo4j {
  /** `bolt://127.0.0.1:PORT` */
  uri: string;
  username: 'neo4j';
  password: string;
  database: 'neo4j';
  boltPort: number;
  httpPort: number;
  dataDir: string;
  /** `http://localhost:PORT/browser/` */
  browserUrl: string;
  /** Starts the server on its data (restarts a stopped one), or waits for the one already running. */
  start(): Promise<void>;
  /** SIGTERM, wait for a clean shutdown, then SIGKILL; frees the ports; a no-op when stopped. */
  stop(): Promise<void>;
  /** The live server on this data folder, if any. */
  running(): Promise<RunningServer | undefined>;
}

/** Starts (or attaches to) a local Neo4j, downloading it the first time. */
export function startLocalNeo4j(options?: LocalNeo4jOptions): Promise<LocalNeo4j>;
/** A handle on the server in `dataDir`, started or not; any process can stop or start it. */
export function localNeo4j(options?: LocalNeo4jOptions): LocalNeo4j;
/** The server recorded in `dataDir/run/`, if that process is alive and is that server. */
export function readRunningServer(dataDir?: string): Promise<RunningServer | undefined>;
