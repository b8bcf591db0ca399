import { NewsgraphError, isNewsgraphError } from '@newsgraph/graph-schema';
import { redactUri, toNeo4jUri, type Neo4jSettings } from '@newsgraph/loader';
import { readLocalServer, type LocalServer } from './local-server.js';

export { redactUri };

/** Defaults match the local server that `pnpm neo4j:start` runs. */
export const NEO4J_DEFAULTS = {
  uri: 'bolt://localhost:7687',
  username: 'neo4j',
  password: 'newsgraph',
  database: 'neo4j',
} as const;

export interface ConnectionFlags {
  uri?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

/** Where the URI came from, in the order they are tried. */
export type UriSource = 'flag' | 'env' | 'local-server' | 'default';

export interface ResolvedConnection extends Neo4jSettings {
  database: string;
  source: UriSource;
  /** Neo4j Browser of the local server (recorded or default ports); unknown for a given URI. */
  browserUrl: string | undefined;
}

export interface ResolveOptions {
  /** The running local server; read from `.neo4j/run/` when not given, none when null. */
  localServer?: LocalServer | null | undefined;
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new NewsgraphError('CONFIG_INVALID', `not a port number (1-65535): "${text}"`, {
      where: name,
    });
  }
  return value;
}

/** The URI and Browser URL when no flag or NEO4J_URI names a server. */
function localUri(env: NodeJS.ProcessEnv, options: ResolveOptions) {
  const live = options.localServer === undefined ? readLocalServer(env) : options.localServer;
  const source: UriSource = live ? 'local-server' : 'default';
  const boltPort = live?.boltPort ?? port(env, 'NEO4J_BOLT_PORT', 7687);
  const httpPort = live?.httpPort ?? port(env, 'NEO4J_HTTP_PORT', 7474);
  return {
    uri: `bolt://localhost:${boltPort}`,
    source,
    browserUrl: `http://localhost:${httpPort}/browser/`,
  };
}

/**
 * The one way to find the database: --uri, else NEO4J_URI, else the local server that
 * `pnpm neo4j:start` recorded as running, else the defaults (NEO4J_BOLT_PORT or 7687).
 * Username, password and database: flag, else NEO4J_*, else the local server's.
 */
export function resolveConnection(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  options: ResolveOptions = {},
): ResolvedConnection {
  const pick = (flag: string | undefined, name: string, fallback: string): string => {
    const value = flag ?? env[name];
    return value === undefined || value === '' ? fallback : value;
  };
  const given: 'flag' | 'env' | undefined =
    flags.uri !== undefined && flags.uri !== '' ? 'flag' : env.NEO4J_URI ? 'env' : undefined;
  const found =
    given === undefined
      ? localUri(env, options)
      : {
          uri: checkUri(given === 'flag' ? (flags.uri ?? '') : (env.NEO4J_URI ?? ''), given),
          source: given,
          browserUrl: undefined,
        };
  return {
    ...found,
    username: pick(flags.username, 'NEO4J_USERNAME', NEO4J_DEFAULTS.username),
    password: pick(flags.password, 'NEO4J_PASSWORD', NEO4J_DEFAULTS.password),
    database: pick(flags.database, 'NEO4J_DATABASE', NEO4J_DEFAULTS.database),
  };
}

/** The loader's check, reported as the setting the user gave: the flag or the variable. */
function checkUri(uri: string, source: 'flag' | 'env'): string {
  try {
    return toNeo4jUri(uri);
  } catch (error) {
    if (!isNewsgraphError(error)) throw error;
    throw new NewsgraphError('CONFIG_INVALID', `not a Neo4j URI: ${redactUri(uri)}`, {
      where: source === 'flag' ? '--uri' : 'NEO4J_URI',
      hint: error.hint ?? 'use bolt://HOST:7687, or neo4j:// (with +s for TLS) for a cluster',
      cause: error,
    });
  }
}

/** The settings the loader takes, found as resolveConnection finds them. */
export function neo4jSettings(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv,
  options: ResolveOptions = {},
): Neo4jSettings {
  const { uri, username, password, database } = resolveConnection(flags, env, options);
  return { uri, username, password, database };
}
