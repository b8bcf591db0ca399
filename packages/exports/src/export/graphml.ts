import { create } from 'xmlbuilder2';
import type { Attribute, NewsGraph } from './to-graphology.js';

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

interface Key {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: GraphmlType;
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

/**
 * GraphML, the way APOC writes it: every property a declared, typed <key>; node labels in
 * `labels` as ":Entity:State"; the relationship type in `label`. Lists, which GraphML cannot
 * type, are JSON arrays in a string.
 */
export function toGraphml(graph: NewsGraph): string {
  const nodeKeys = declareKeys(
    'node',
    'n',
    graph.mapNodes((_, a) => ({ ...a, labels: labelText(a.labels) })),
  );
  const edgeKeys = declareKeys(
    'edge',
    'e',
    graph.mapEdges((_, a) => ({ ...a, label: a.type })),
  );
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': SCHEMA_LOCATION,
  });
  for (const key of [...nodeKeys.values(), ...edgeKeys.values()]) {
    doc.ele('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type }).up();
  }
  const g = doc.ele('graph', { id: 'newsgraph', edgedefault: 'directed' });
  graph.forEachNode((node, attributes) => {
    const el = g.ele('node', { id: node, labels: labelText(attributes.labels) });
    writeData(el, nodeKeys, { ...attributes, labels: labelText(attributes.labels) });
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const el = g.ele('edge', { id: edge, source, target, label: attributes.type });
    writeData(el, edgeKeys, { ...attributes, label: attributes.type });
  });
  return doc.end({ prettyPrint: true }) + '\n';
}

function labelText(labels: readonly string[]): string {
  return labels.map((l) => `:${l}`).join('');
}

type Element = ReturnType<ReturnType<typeof create>['ele']>;

function writeData(
  el: Element,
  keys: Map<string, Key>,
  attributes: Record<string, Attribute>,
): void {
  for (const [name, key] of keys) {
    const value = attributes[name];
    if (value === undefined) continue;
    el.ele('data', { key: key.id }).txt(
      Array.isArray(value) ? JSON.stringify(value) : String(value),
    );
  }
}

/** One key per attribute name in first-seen order, typed by every value it takes. */
function declareKeys(
  kind: 'node' | 'edge',
  prefix: string,
  records: readonly Record<string, Attribute>[],
): Map<string, Key> {
  const seen = new Map<string, Set<GraphmlType>>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      seen.set(name, (seen.get(name) ?? new Set()).add(valueType(value)));
    }
  }
  const keys = new Map<string, Key>();
  [...seen.entries()].forEach(([name, types], i) => {
    const type =
      types.size === 1
        ? ([...types][0] ?? 'string')
        : types.has('string') || types.has('boolean')
          ? 'string'
          : 'double';
    keys.set(name, { id: `${prefix}${i}`, for: kind, name, type });
  });
  return keys;
}

function valueType(value: Attribute): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}
