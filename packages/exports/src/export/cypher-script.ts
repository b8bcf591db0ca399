import {
  ARTICLE_LABEL,
  ENTITY_LABEL,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  schemaStatements,
  NewsgraphError,
} from '@newsgraph/graph-schema';
import { cypherLiteral, cypherName, type CypherValue } from './cypher-literal.js';
import type { MergedGraph } from './merge-documents.js';
import { graphTables, type Table } from './tables.js';

/** Rows per UNWIND statement: big enough to be quick, small enough for any server's memory. */
export const SCRIPT_BATCH = 200;

/** A label or type enters the text only after a check against graph-schema's allow-list. */
function allowed(name: string, list: readonly string[]): string {
  if (!list.includes(name))
    throw new NewsgraphError('NOT_ALLOWED', `${name} is not a label or type of graph-schema`);
  return cypherName(name);
}

/**
 * A Cypher script that builds the same graph the loader builds: graph-schema's constraints,
 * then `UNWIND [literal rows] … MERGE` batches keyed on ids (facts on their article, quotes on
 * their offsets), so running it twice changes nothing. One statement per `;`-ended block;
 * `cypher-shell -f` runs it, and so does anything that splits on a `;` at the end of a line.
 */
export function toCypherScript(graph: MergedGraph): string {
  const out = [
    `// Newsgraph graph: ${graph.articles.length} articles, ${graph.entities.length} entities, ${graph.facts.length} facts, ${graph.quotes.length} quotes.`,
    '// Run with: cypher-shell -a bolt://localhost:7687 -u neo4j -f graph.cypher',
    ...schemaStatements().map((s) => `${s.cypher};`),
  ];
  for (const table of graphTables(graph)) {
    for (let i = 0; i < table.rows.length; i += SCRIPT_BATCH) {
      out.push(statement(table, table.rows.slice(i, i + SCRIPT_BATCH)));
    }
  }
  return `${out.join('\n')}\n`;
}

function statement(table: Table, rows: Table['rows']): string {
  const literal = rows.map((row) => rowLiteral(table, row)).join(',\n  ');
  return `UNWIND [\n  ${literal}\n] AS row\n${merge(table)};`;
}

function rowLiteral(table: Table, row: Table['rows'][number]): string {
  const props: Record<string, CypherValue> = {};
  for (const column of table.columns) props[column.name] = row[column.name];
  if (table.kind === 'node') return cypherLiteral({ id: String(row.id), props });
  const ends = row as { source: string; target: string };
  return cypherLiteral({ source: ends.source, target: ends.target, props });
}

function merge(table: Table): string {
  if (table.kind === 'node') {
    if (table.idSpace === ARTICLE_LABEL)
      return `MERGE (n:${allowed(ARTICLE_LABEL, NODE_LABELS)} {id: row.id})\nSET n += row.props`;
    return [
      'WITH row, row.props AS props',
      `MERGE (n:${allowed(ENTITY_LABEL, NODE_LABELS)} {id: row.id})`,
      `SET n:${allowed(table.name, NODE_LABELS)}`,
      // As the loader does: the longer name wins and aliases are unioned with what is there.
      "SET n += props { .*, name: CASE WHEN size(props.name) > size(coalesce(n.name, '')) THEN props.name ELSE n.name END,",
      '  aliases: coalesce(n.aliases, []) + [x IN props.aliases WHERE NOT x IN coalesce(n.aliases, [])] }',
    ].join('\n');
  }
  const type = allowed(table.type, RELATIONSHIP_TYPES);
  const start = `MATCH (s:${allowed(table.from, NODE_LABELS)} {id: row.source})`;
  const end = `MATCH (t:${allowed(table.to, NODE_LABELS)} {id: row.target})`;
  const key =
    table.type === 'MENTIONS'
      ? ''
      : table.type === 'QUOTES'
        ? ' {articleId: row.props.articleId, `start`: row.props.`start`, `end`: row.props.`end`}'
        : ' {articleId: row.props.articleId}';
  return `${start}\n${end}\nMERGE (s)-[r:${type}${key}]->(t)\nSET r += row.props`;
}
