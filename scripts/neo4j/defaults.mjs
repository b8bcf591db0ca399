import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (scripts/neo4j/../..). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Connection defaults shared by the local server, docker-compose.yml and the test harness.
 * Neo4j 5 rejects passwords under 8 characters; `newsgraph` has 9.
 */
export const DEFAULTS = Object.freeze({
  username: 'neo4j',
  password: 'newsgraph',
  database: 'neo4j',
  boltPort: 7687,
  httpPort: 7474,
  heap: '512m',
  pageCache: '256m',
});

/**
 * Where downloaded Neo4j jars live: `$NEWSGRAPH_CACHE/neo4j`, else `.cache/neo4j` in the repo.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function defaultCacheDir(env = process.env) {
  return env.NEWSGRAPH_CACHE
    ? join(env.NEWSGRAPH_CACHE, 'neo4j')
    : join(REPO_ROOT, '.cache', 'neo4j');
}

/**
 * Where the local server keeps its conf, data and logs: `$NEWSGRAPH_NEO4J_DIR`, else `.neo4j/`.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function defaultDataDir(env = process.env) {
  return env.NEWSGRAPH_NEO4J_DIR ?? join(REPO_ROOT, '.neo4j');
}

/**
 * @param {string | undefined} text
 * @param {number} fallback
 * @param {string} name env variable, for the error message
 */
function port(text, fallback, name) {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new RangeError(`${name} must be a port number (1-65535), got "${text}"`);
  }
  return value;
}

/**
 * The local server's settings as the CLI reads them from the environment.
 * @param {NodeJS.ProcessEnv} [env]
 */
export function localSettingsFromEnv(env = process.env) {
  return {
    boltPort: port(env.NEO4J_BOLT_PORT, DEFAULTS.boltPort, 'NEO4J_BOLT_PORT'),
    httpPort: port(env.NEO4J_HTTP_PORT, DEFAULTS.httpPort, 'NEO4J_HTTP_PORT'),
    password: env.NEO4J_PASSWORD || DEFAULTS.password,
    dataDir: defaultDataDir(env),
    cacheDir: defaultCacheDir(env),
    version: env.NEWSGRAPH_NEO4J_VERSION || undefined,
  };
}
