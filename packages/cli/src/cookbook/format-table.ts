import type { JsonValue } from '@newsgraph/loader';

export interface TableOptions {
  /**
   * The widest a line may be, usually the terminal's: columns too wide to fit share what is
   * left after the narrow ones, and their cells wrap onto more lines. Unset: cells stay whole,
   * one line per row (for pipes and files).
   */
  width?: number | undefined;
}

const SEPARATOR = ' | ';
/** A wrapped column is never narrower than this, even if the line then overflows. */
const MIN_WRAPPED_WIDTH = 12;

/** Query rows as an aligned text table with a header rule, the way cypher-shell prints them. */
export function formatTable(
  columns: readonly string[],
  rows: readonly Record<string, JsonValue>[],
  options: TableOptions = {},
): string {
  const cells = rows.map((row) => columns.map((c) => cellText(row[c] ?? null)));
  const natural = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => width(r[i] ?? ''))));
  const widths = fitWidths(natural, options.width);
  const lines = (values: readonly string[]): string[] => {
    const wrapped = values.map((v, i) => wrap(v, widths[i] ?? 1));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, k) =>
      wrapped
        .map((w, i) => pad(w[k] ?? '', widths[i] ?? 0))
        .join(SEPARATOR)
        .trimEnd(),
    );
  };
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [...lines(columns), rule, ...cells.flatMap(lines)].join('\n') + '\n';
}

/**
 * Column widths for a line of at most `total` characters: columns that fit in an equal share
 * keep their width, the wider ones split the rest equally.
 */
function fitWidths(natural: readonly number[], total: number | undefined): number[] {
  const room = total === undefined ? Infinity : total - SEPARATOR.length * (natural.length - 1);
  if (natural.reduce((a, b) => a + b, 0) <= room) return [...natural];
  const widths = [...natural];
  const order = natural.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  let left = room;
  order.forEach(({ w, i }, k) => {
    const share = Math.floor(left / (order.length - k));
    widths[i] = w <= share ? w : Math.max(share, Math.min(w, MIN_WRAPPED_WIDTH));
    left -= widths[i] ?? 0;
  });
  return widths;
}

/** A cell's lines at most `max` characters wide: broken at spaces, a longer word cut into pieces. */
function wrap(text: string, max: number): string[] {
  if (width(text) <= max) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    let rest = [...word];
    const joined = line === '' ? word : `${line} ${word}`;
    if (width(joined) <= max) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    while (rest.length > max) {
      lines.push(rest.slice(0, max).join(''));
      rest = rest.slice(max);
    }
    line = rest.join('');
  }
  if (line !== '') lines.push(line);
  return lines;
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

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}
