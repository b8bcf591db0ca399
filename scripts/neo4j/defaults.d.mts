// Types for defaults.mjs.
export const REPO_ROOT: string;

/** Connection defaults shared by the local server, docker-compose.yml and the test harness. */
export const DEFAULTS: Readonly<{
  username: 'neo4j';
  password: 'newsgraph';
  database: 'neo4j';
  boltPort: 7687;
  httpPort: 7474;
  heap: '512m';
  pageCache: '256m';
}>;

/** `$NEWSGRAPH_CACHE/neo4j`, else `.cache/neo4j` in the repo. */
export function defaultCacheDir(env?: NodeJS.ProcessEnv): string;
/** `$NEWSGRAPH_NEO4J_DIR`, else `.neo4j/` in the repo. */
export function defaultDataDir(env?: NodeJS.ProcessEnv): string;

/** The local server's settings from NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_PASSWORD and NEWSGRAPH_*. */
export function localSettingsFromEnv(env?: NodeJS.ProcessEnv): {
  boltPort: number;
  httpPort: number;
  password: string;
  dataDir: string;
  cacheDir: string;
  version: string | undefined;
};
