import { grassStyleSheet } from '@newsgraph/graph-schema';
import { cypherLiteral } from '../export/cypher-literal.js';
import type { CookbookQuery, ParamValue } from './parse-query.js';

/**
 * The query ready to paste into Neo4j Browser's editor: a `:params` line with the values, then
 * the query (Browser runs `;`-separated commands in turn).
 */
export function browserScript(query: CookbookQuery, values: Record<string, ParamValue>): string {
  const lines = [`// ${query.title}`];
  if (query.params.length > 0) lines.push(`:params ${cypherLiteral(values)};`);
  return `${lines.join('\n')}\n${query.cypher}\n`;
}

/** One Browser command that applies graph-schema's style sheet: paste it into the editor and run it. */
export function browserStyleCommand(): string {
  return `:style ${grassStyleSheet()}`;
}
