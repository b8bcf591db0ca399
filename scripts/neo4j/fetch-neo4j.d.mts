// Types for fetch-neo4j.mjs.
export const NEO4J_VERSION_RANGE: '[5.26.0,5.27.0)';
export const BROWSER_VERSION_RANGE: '[5.0.0,6.0.0)';

export interface Neo4jDistribution {
  /** The server version, e.g. '5.26.30'. */
  version: string;
  browserVersion: string;
  libDir: string;
  /** `libDir/*`, for `java -cp`. */
  classpath: string;
  /** Whether this call downloaded it (false: it was cached). */
  downloaded: boolean;
}

/** `direct`: no transitive dependencies, for resolving the version ranges cheaply. */
export function renderFetchPom(options?: {
  version?: string;
  browserVersion?: string;
  direct?: boolean;
}): string;
/** The server and Browser versions in `mvn dependency:list` output. */
export function parseDependencyList(
  text: string,
): { version: string; browserVersion: string } | undefined;
export function compareVersions(a: string, b: string): number;
/** The newest complete cached 5.26 (or the pinned version), without network. */
export function findCachedNeo4j(options?: {
  cacheDir?: string;
  version?: string;
}): Promise<Neo4jDistribution | undefined>;
/** Downloads Neo4j 5.26 and Neo4j Browser from Maven Central with `mvn`, unless already cached. */
export function ensureNeo4j(options?: {
  cacheDir?: string;
  version?: string;
  logger?: { info(message: string): void };
}): Promise<Neo4jDistribution>;
