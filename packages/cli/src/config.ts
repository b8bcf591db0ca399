import { NewsgraphError, isNewsgraphError } from '@newsgraph/graph-schema';
import { redactUri, toNeo4jUri, type Neo4jSettings } from '@newsgraph/loader';

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

/** Flags win over NEO4J_* variables, which win over the local defaults. */
export function neo4jSettings(flags: ConnectionFlags, env: NodeJS.ProcessEnv): Neo4jSettings {
  const pick = (flag: string | undefined, name: string, fallback: string): string => {
    const value = flag ?? env[name];
    return value === undefined || value === '' ? fallback : value;
  };
  const settings = {
    uri: pick(flags.uri, 'NEO4J_URI', NEO4J_DEFAULTS.uri),
    username: pick(flags.username, 'NEO4J_USERNAME', NEO4J_DEFAULTS.username),
    password: pick(flags.password, 'NEO4J_PASSWORD', NEO4J_DEFAULTS.password),
    database: pick(flags.database, 'NEO4J_DATABASE', NEO4J_DEFAULTS.database),
  };
  try {
    settings.uri = toNeo4jUri(settings.uri);
  } catch (error) {
    if (!isNewsgraphError(error)) throw error;
    // The loader's check, reported as a setting the user gave (flag or NEO4J_URI).
    throw new NewsgraphError('CONFIG_INVALID', `not a Neo4j URI: ${redactUri(settings.uri)}`, {
      where: 'NEO4J_URI',
      hint: error.hint ?? 'use bolt://HOST:7687, or neo4j:// (with +s for TLS) for a cluster',
      cause: error,
    });
  }
  return settings;
}
