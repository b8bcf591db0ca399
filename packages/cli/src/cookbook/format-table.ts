import type { JsonValue } from '@newsgraph/loader';

export interface TableOptions {
  /** Widest a column may be before its cells are cut with an ellipsis (default 60). */
  maxColumnWidth?: number;
}

/** Query rows as an aligned text table with a header rule, the way cypher-shell prints them. */
export function formatTable(
  columns: readonly string[],
  rows: readonly Record<string, JsonValue>[],
  options: TableOptions = {},
): string {
  const max = options.maxColumnWidth ?? 60;
  const cells = rows.map((row) => columns.map((c) => cut(cellText(row[c] ?? null), max)));
  const widths = columns.map((c, i) =>
    Math.min(max, Math.max(c.length, ...cells.map((r) => width(r[i] ?? '')))),
  );
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => v + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(v))))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(columns), rule, ...cells.map(line)].join('\n') + '\n';
}

/** A cell as one line: nodes by name, relationships by type, paths as a chain, lists joined. */
export function cellText(value: JsonValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.replace(/\s*\n\s*/g, ' ');
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    return value.nodes.map(cellText).join(' - ');
  }
  if (Array.isArray(value.labels) && isMap(value.properties)) {
    const p = value.properties;
    return cellText(p.name ?? p.title ?? p.id ?? null);
  }
  if (typeof value.type === 'string' && isMap(value.properties)) return `[:${value.type}]`;
  return JSON.stringify(value);
}

function isMap(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function width(text: string): number {
  return [...text].length;
}

function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
