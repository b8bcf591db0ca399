import { grassStyleSheet } from '@newsgraph/graph-schema';
import type { CookbookQuery, ParamValue } from './parse-query.js';

/**
 * The query ready to paste into Neo4j Browser's editor: a `:params` line with the values, then
 * the query (Browser runs `;`-separated commands in turn).
 */
export function browserScript(query: CookbookQuery, values: Record<string, ParamValue>): string {
  const lines = [`// ${query.title}`];
  if (query.params.length > 0) lines.push(`:params ${browserParamsMap(values)};`);
  return `${lines.join('\n')}\n${query.cypher}\n`;
}

/**
 * The map of a `:params` line. Browser reads it with a JSON-like parser (jsonic), not as Cypher:
 * a backquoted key such as `limit` is a parse error there, so keys and strings are JSON.
 * Numbers arrive in Cypher as floats, which is why the queries wrap them in toInteger().
 */
export function browserParamsMap(values: Record<string, ParamValue>): string {
  const entries = Object.entries(values).map(
    ([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`,
  );
  return `{${entries.join(', ')}}`;
}

/** One Browser command that applies graph-schema's style sheet: paste it into the editor and run it. */
export function browserStyleCommand(): string {
  return `:style ${grassStyleSheet()}`;
}
