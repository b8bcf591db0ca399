/** A Cypher literal for a value: strings single-quoted and escaped, lists and maps recursively. */
export type CypherValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly CypherValue[]
  | { [key: string]: CypherValue };

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// Control characters are exactly what must be escaped here.
// eslint-disable-next-line no-control-regex
const MUST_ESCAPE = /[\\'\u0000-\u001f\u007f\u2028\u2029]/g;

/** Every control character, and the JS line separators, escaped: a literal never spans lines. */
export function cypherString(text: string): string {
  const body = text.replace(
    MUST_ESCAPE,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

/** A name in backticks unless it is a plain identifier that is no keyword. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !KEYWORDS.has(name.toUpperCase())
    ? name
    : `\`${name.replace(/`/g, '``')}\``;
}

export function cypherLiteral(value: CypherValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`no Cypher literal for ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, CypherValue>).filter(
    ([, v]) => v !== undefined,
  );
  return `{${entries.map(([k, v]) => `${cypherName(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
}

/** Words that are safer quoted wherever a name stands. */
const KEYWORDS = new Set([
  'ALL',
  'AND',
  'AS',
  'ASC',
  'BY',
  'CALL',
  'CASE',
  'CONTAINS',
  'CREATE',
  'DELETE',
  'DESC',
  'DETACH',
  'DISTINCT',
  'ELSE',
  'END',
  'ENDS',
  'EXISTS',
  'FALSE',
  'FOREACH',
  'IN',
  'IS',
  'LIMIT',
  'MATCH',
  'MERGE',
  'NOT',
  'NULL',
  'ON',
  'OPTIONAL',
  'OR',
  'ORDER',
  'REMOVE',
  'RETURN',
  'SET',
  'SKIP',
  'START',
  'STARTS',
  'THEN',
  'TRUE',
  'UNION',
  'UNWIND',
  'WHEN',
  'WHERE',
  'WITH',
  'XOR',
  'YIELD',
]);
