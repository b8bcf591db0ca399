import type { ExportFile } from './export-file.js';
import type { MergedGraph } from './merge-documents.js';
import { graphTables, type Column, type Row, type Value } from './tables.js';

/** RFC 4180: quoted when it holds a comma, a quote, a line break or edge spaces; "" inside. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/** Plain CSV: scalars as text, lists as JSON arrays, absent values as empty fields. */
function plainValue(value: Value): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

function plainRow(columns: readonly Column[], row: Row, ends: string[] = []): string {
  return csvLine([...ends, ...columns.map((c) => plainValue(row[c.name]))]);
}

/**
 * One CSV file per node label (`nodes/Person.csv`) and relationship type
 * (`relationships/OPPOSES.csv`, ends in `source` and `target`), for spreadsheets and pandas.
 */
export function toCsvFiles(graph: MergedGraph): ExportFile[] {
  return graphTables(graph).map((table) => {
    if (table.kind === 'node') {
      const header = csvLine(table.columns.map((c) => c.name));
      return {
        path: `nodes/${table.name}.csv`,
        content: header + table.rows.map((r) => plainRow(table.columns, r)).join(''),
      };
    }
    const header = csvLine(['source', 'target', ...table.columns.map((c) => c.name)]);
    const body = table.rows.map((r) => plainRow(table.columns, r, [r.source, r.target])).join('');
    return { path: `relationships/${table.name}.csv`, content: header + body };
  });
}
