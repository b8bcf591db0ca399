import type { ExportFile } from './export-file.js';
import { csvLine } from './csv.js';
import type { MergedGraph } from './merge-documents.js';
import {
  graphTables,
  type Column,
  type NodeTable,
  type RelationshipTable,
  type Table,
  type Value,
} from './tables.js';

const DEFAULT_ARRAY_DELIMITER = ';';
/** ASCII unit separator: used only when some list element holds the default delimiter. */
const FALLBACK_ARRAY_DELIMITER = '\u001f';

/** `name:type` as neo4j-admin's header wants it; strings need no type. */
function header(column: Column): string {
  return column.type === 'string' ? column.name : `${column.name}:${column.type}`;
}

function adminValue(value: Value, delimiter: string): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(String).join(delimiter) : String(value);
}

function nodeFile(table: NodeTable, delimiter: string): ExportFile {
  const [, ...rest] = table.columns;
  const head = csvLine([`id:ID(${table.idSpace})`, ...rest.map(header), ':LABEL']);
  const body = table.rows.map((row) =>
    csvLine([
      String(row.id),
      ...rest.map((c) => adminValue(row[c.name], delimiter)),
      table.labels.join(delimiter),
    ]),
  );
  return { path: `nodes-${table.name}.csv`, content: head + body.join('') };
}

function relationshipFile(table: RelationshipTable, delimiter: string): ExportFile {
  const head = csvLine([
    `:START_ID(${table.from})`,
    `:END_ID(${table.to})`,
    ':TYPE',
    ...table.columns.map(header),
  ]);
  const body = table.rows.map((row) =>
    csvLine([
      row.source,
      row.target,
      table.type,
      ...table.columns.map((c) => adminValue(row[c.name], delimiter)),
    ]),
  );
  return { path: `relationships-${table.name}.csv`, content: head + body.join('') };
}

function arrayDelimiter(tables: readonly Table[]): string {
  const clash = tables.some((t) =>
    t.rows.some((row) =>
      Object.values(row).some(
        (v) => Array.isArray(v) && v.some((x) => String(x).includes(DEFAULT_ARRAY_DELIMITER)),
      ),
    ),
  );
  return clash ? FALLBACK_ARRAY_DELIMITER : DEFAULT_ARRAY_DELIMITER;
}

/** The neo4j-admin spelling of a delimiter: a printable character as is, else U+XXXX. */
function delimiterOption(delimiter: string): string {
  return delimiter === DEFAULT_ARRAY_DELIMITER
    ? delimiter
    : `U+${delimiter.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The CSV files `neo4j-admin database import full` takes for a bulk first load (articles and
 * entities in their own id spaces, labels and types in columns, typed property headers), and
 * `import.sh`, the exact command to run on them.
 */
export function toNeo4jAdminFiles(graph: MergedGraph): ExportFile[] {
  const tables = graphTables(graph);
  const delimiter = arrayDelimiter(tables);
  const files = tables.map((t) =>
    t.kind === 'node' ? nodeFile(t, delimiter) : relationshipFile(t, delimiter),
  );
  return [...files, { path: 'import.sh', content: importScript(files, delimiter) }];
}

export function importArguments(
  files: readonly ExportFile[],
  delimiter: string,
  dir: string,
): string[] {
  const flag = (f: ExportFile): string =>
    f.path.startsWith('nodes-') ? '--nodes' : '--relationships';
  return [
    `--array-delimiter=${delimiterOption(delimiter)}`,
    '--multiline-fields=true',
    ...files.filter((f) => f.path.endsWith('.csv')).map((f) => `${flag(f)}=${dir}/${f.path}`),
  ];
}

/**
 * One word for sh in double quotes: `;` stays literal (unquoted it ends the command) while
 * `$dir` still expands. The words hold no `"`, `\` or backquote; escape them all the same.
 */
function shellWord(word: string): string {
  return `"${word.replace(/["\\`]/g, '\\$&')}"`;
}

function importScript(files: readonly ExportFile[], delimiter: string): string {
  const args = importArguments(files, delimiter, '$dir').map((a) => `  ${shellWord(a)} \\`);
  return [
    '#!/bin/sh',
    '# Bulk-loads these files into an EMPTY database (stop the server first):',
    '#   sh import.sh [DATABASE [MORE OPTIONS]]   e.g. sh import.sh neo4j --overwrite-destination',
    'set -e',
    'dir=$(cd "$(dirname "$0")" && pwd)',
    'db=${1:-neo4j}',
    '[ $# -gt 0 ] && shift',
    // The database comes first: --nodes and --relationships take every word after them.
    'neo4j-admin database import full "$db" \\',
    ...args,
    '  "$@"',
    '',
  ].join('\n');
}
