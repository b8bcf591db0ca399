import { NODE_STYLES } from '@newsgraph/graph-schema';
import { write } from 'graphology-gexf';
import type { NewsGraph } from './to-graphology.js';

/** GEXF 1.3 for Gephi: labels from names or titles, colours and sizes from graph-schema's style. */
export function toGexf(graph: NewsGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, { labels, ...attributes }) => {
      const label = labels[labels.length - 1] ?? '';
      const style =
        label in NODE_STYLES ? NODE_STYLES[label as keyof typeof NODE_STYLES] : undefined;
      return {
        label: String(attributes.name ?? attributes.title ?? attributes.id),
        attributes: { ...attributes, labels },
        ...(style ? { viz: { color: style.color, size: style.diameter / 5 } } : {}),
      };
    },
    formatEdge: (_key, attributes) => ({ label: attributes.type, attributes }),
  });
}
