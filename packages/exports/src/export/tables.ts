import {
  ARTICLE_LABEL,
  ENTITY_LABEL,
  ENTITY_RELATION_TYPES,
  ENTITY_TYPES,
  NewsgraphError,
} from '@newsgraph/graph-schema';
import type { MergedGraph, Provenance, Scalar } from './merge-documents.js';

export type ColumnType = 'string' | 'int' | 'float' | 'boolean' | 'string[]' | 'int[]';
export type Value = Scalar | string[] | number[] | undefined;
export type Row = Record<string, Value>;

export interface Column {
  name: string;
  type: ColumnType;
}

/** The id space of a node table, and what relationship ends point into. */
export type IdSpace = typeof ARTICLE_LABEL | typeof ENTITY_LABEL;

export interface NodeTable {
  kind: 'node';
  /** The file's name: the type label. */
  name: string;
  labels: string[];
  idSpace: IdSpace;
  /** The first column is always `id`. */
  columns: Column[];
  rows: Row[];
}

export interface RelationshipTable {
  kind: 'relationship';
  name: string;
  type: string;
  from: IdSpace;
  to: IdSpace;
  /** Rows carry the ends as `source` and `target` besides these property columns. */
  columns: Column[];
  rows: (Row & { source: string; target: string })[];
}

export type Table = NodeTable | RelationshipTable;

const COLUMN_TYPES: readonly ColumnType[] = [
  'string',
  'int',
  'float',
  'boolean',
  'string[]',
  'int[]',
];

/** Columns from `name:type` pairs separated by spaces: `'id:string start:int'`. */
function columns(spec: string): Column[] {
  return spec.split(' ').map((pair) => {
    const [name = '', type = ''] = pair.split(':');
    const known = COLUMN_TYPES.find((t) => t === type);
    if (known === undefined)
      throw new NewsgraphError('INTERNAL', `column ${name}: unknown type ${type}`);
    return { name, type: known };
  });
}

const PROVENANCE_COLUMNS = columns(
  'articleId:string start:int end:int evidence:string[] starts:int[] ends:int[] ' +
    'confidence:float extractorVersion:string',
);

const ARTICLE_COLUMNS = columns(
  'id:string title:string source:string url:string publishedAt:string language:string ' +
    'wordCount:int contentHash:string extractorVersion:string',
);

const WITH_ROLE = new Set(['LEADS', 'REPRESENTS']);

/**
 * The graph as one table per node label and relationship type, with the property names and
 * types the loader writes; tables with no rows are left out.
 */
export function graphTables(graph: MergedGraph): Table[] {
  return [...nodeTables(graph), ...relationshipTables(graph)].filter((t) => t.rows.length > 0);
}

/** Articles, then one table per entity type, with a column per attribute key. */
function nodeTables(graph: MergedGraph): NodeTable[] {
  const articles: NodeTable = {
    kind: 'node',
    name: ARTICLE_LABEL,
    labels: [ARTICLE_LABEL],
    idSpace: ARTICLE_LABEL,
    columns: ARTICLE_COLUMNS,
    rows: graph.articles.map((a) => ({ ...a })),
  };
  const entities = ENTITY_TYPES.map((type): NodeTable => {
    const ofType = graph.entities.filter((e) => e.type === type);
    return {
      kind: 'node',
      name: type,
      labels: [ENTITY_LABEL, type],
      idSpace: ENTITY_LABEL,
      columns: [
        ...columns('id:string name:string aliases:string[]'),
        ...inferColumns(ofType.map((e) => e.attributes)),
      ],
      rows: ofType.map((e) => ({ ...e.attributes, id: e.id, name: e.name, aliases: e.aliases })),
    };
  });
  return [articles, ...entities];
}

/** MENTIONS and QUOTES from articles, then one table per fact type between entities. */
function relationshipTables(graph: MergedGraph): RelationshipTable[] {
  const fromArticles: RelationshipTable[] = [
    {
      kind: 'relationship',
      name: 'MENTIONS',
      type: 'MENTIONS',
      from: ARTICLE_LABEL,
      to: ENTITY_LABEL,
      columns: [{ name: 'count', type: 'int' }],
      rows: graph.mentions.map((m) => ({ source: m.article, target: m.entity, count: m.count })),
    },
    {
      kind: 'relationship',
      name: 'QUOTES',
      type: 'QUOTES',
      from: ARTICLE_LABEL,
      to: ENTITY_LABEL,
      columns: [{ name: 'text', type: 'string' }, ...PROVENANCE_COLUMNS],
      rows: graph.quotes.map((q) => ({
        source: q.articleId,
        target: q.speaker,
        text: q.text,
        ...provenance(q),
      })),
    },
  ];
  return [...fromArticles, ...ENTITY_RELATION_TYPES.map((type) => factTable(graph, type))];
}

function factTable(graph: MergedGraph, type: string): RelationshipTable {
  const role: Column[] = WITH_ROLE.has(type) ? [{ name: 'role', type: 'string' }] : [];
  return {
    kind: 'relationship',
    name: type,
    type,
    from: ENTITY_LABEL,
    to: ENTITY_LABEL,
    columns: [{ name: 'sentence', type: 'string' }, ...role, ...PROVENANCE_COLUMNS],
    rows: graph.facts
      .filter((f) => f.type === type)
      .map((f) => ({
        source: f.source,
        target: f.target,
        sentence: f.sentence,
        role: f.role,
        ...provenance(f),
      })),
  };
}

function provenance(p: Provenance): Row {
  const { articleId, start, end, evidence, starts, ends, confidence, extractorVersion } = p;
  return { articleId, start, end, evidence, starts, ends, confidence, extractorVersion };
}

/** One column per attribute key, typed by its values: int, float, boolean, or else string. */
function inferColumns(records: readonly Record<string, Scalar>[]): Column[] {
  const types = new Map<string, Set<string>>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      const kind =
        typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'float') : typeof value;
      types.set(key, (types.get(key) ?? new Set()).add(kind));
    }
  }
  return [...types.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, kinds]) => ({ name, type: columnType(kinds) }));
}

function columnType(kinds: Set<string>): ColumnType {
  if (kinds.size === 1 && kinds.has('boolean')) return 'boolean';
  if ([...kinds].every((k) => k === 'int')) return 'int';
  if ([...kinds].every((k) => k === 'int' || k === 'float')) return 'float';
  return 'string';
}
