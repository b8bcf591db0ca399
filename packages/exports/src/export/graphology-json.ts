import type { NewsGraph } from './to-graphology.js';

/** graphology's serialisation: `Graph.from(JSON.parse(text))` brings the graph back. */
export function toGraphologyJson(graph: NewsGraph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
