import { NewsgraphError } from '@newsgraph/graph-schema';

/** Schemes the driver speaks: direct (bolt) or routing (neo4j), plain, TLS, or TLS trusting any certificate. */
export const NEO4J_SCHEMES = [
  'bolt',
  'neo4j',
  'bolt+s',
  'neo4j+s',
  'bolt+ssc',
  'neo4j+ssc',
] as const;

/**
 * Checks a connection URI and returns it trimmed. Throws CONFIG_INVALID for a scheme the driver
 * does not speak (http, a missing scheme) or a URI without a host.
 */
export function toNeo4jUri(value: string): string {
  const uri = value.trim();
  const where = redactUri(uri) || '(empty URI)';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    throw new NewsgraphError('CONFIG_INVALID', 'not a Neo4j URI: it has no scheme', {
      where,
      hint: `write it as bolt://${uri || 'localhost:7687'} or neo4j://… for a cluster`,
    });
  }
  if (!(NEO4J_SCHEMES as readonly string[]).includes(scheme)) {
    const http = scheme === 'http' || scheme === 'https';
    throw new NewsgraphError('CONFIG_INVALID', `unsupported scheme ${scheme}://`, {
      where,
      hint: http
        ? 'Newsgraph speaks Bolt: use bolt://HOST:7687 (7474 is the HTTP port of Neo4j Browser)'
        : `use one of ${NEO4J_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    });
  }
  let host: string;
  try {
    host = new URL(uri).hostname;
  } catch (cause) {
    throw new NewsgraphError('CONFIG_INVALID', 'not a valid URI', { where, cause });
  }
  if (host === '') {
    throw new NewsgraphError('CONFIG_INVALID', 'the URI names no host', {
      where,
      hint: 'bolt://localhost:7687',
    });
  }
  return uri;
}

/** The URI with any user:password@ part removed, safe to print. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}
