// Types for neo4j-conf.mjs.
/** A minimal neo4j.conf: loopback only, auth on, paths relative to the server home. */
export function renderNeo4jConf(options: {
  boltPort: number;
  httpPort: number;
  pageCache?: string;
  /** Extra `key=value` lines, written last. */
  settings?: Record<string, string>;
}): string;
/** JVM flags for org.neo4j.server.CommunityEntryPoint; quickStart stops the JIT at C1 (tests). */
export function jvmArgs(options?: { heap?: string; quickStart?: boolean }): string[];
