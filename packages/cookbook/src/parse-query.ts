import { NewsgraphError } from '@newsgraph/graph-schema';

/**
 * `actor` and `state` are strings that name an entity: `newsgraph query` resolves them through
 * the database (id, name or alias, then the best full-text match) before it runs the query.
 */
export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'actor', 'state'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
export type ParamValue = string | number | boolean | null;

export interface QueryParam {
  name: string;
  type: ParamType;
  default: ParamValue;
  description: string;
}

export interface CookbookQuery {
  name: string;
  /** The first comment line; Neo4j Browser shows it as the favorite's name. */
  title: string;
  description: string;
  params: QueryParam[];
  /** The query text, header comments removed. */
  cypher: string;
  /** The whole file, as Browser imports it. */
  source: string;
}

const PARAM_LINE = /^@param\s+(\w+)\s+(\w+)\s+("(?:[^"\\]|\\.)*"|\S+)\s*(.*)$/;

/**
 * A cookbook file: a header of `//` lines (a title, then `@name`, `@description` and one
 * `@param NAME TYPE DEFAULT description` per parameter, DEFAULT in JSON), then the query.
 */
export function parseCookbookQuery(source: string, where: string): CookbookQuery {
  const lines = source.split(/\r?\n/);
  const header: string[] = [];
  while (lines[0]?.startsWith('//'))
    header.push((lines.shift() ?? '').replace(/^\/\/\s?/, '').trim());
  const fail = (message: string): never => {
    throw new NewsgraphError('CONFIG_INVALID', message, { where });
  };
  const [title, ...tags] = header;
  if (!title || title.startsWith('@')) fail('the first line must be a `// Title` comment');
  let name: string | undefined;
  let description = '';
  const params: QueryParam[] = [];
  for (const tag of tags) {
    if (tag.startsWith('@name ')) name = tag.slice(6).trim();
    else if (tag.startsWith('@description ')) description = tag.slice(13).trim();
    else if (tag.startsWith('@param ')) params.push(parseParam(tag, fail));
    else if (tag !== '') fail(`unknown header line ${JSON.stringify(tag)}`);
  }
  if (name === undefined || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
    return fail('needs a `// @name kebab-case-name` line');
  const cypher = lines.join('\n').trim();
  if (cypher === '') fail('has no query after its header');
  for (const used of new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1] ?? ''))) {
    if (!params.some((p) => p.name === used)) fail(`uses $${used} but declares no @param ${used}`);
  }
  return { name, title: title ?? name, description, params, cypher, source };
}

function parseParam(tag: string, fail: (message: string) => never): QueryParam {
  const match = PARAM_LINE.exec(tag);
  if (!match)
    return fail(
      `bad @param line ${JSON.stringify(tag)}: want @param NAME TYPE DEFAULT description`,
    );
  const [, name = '', type = '', defaultText = '', description = ''] = match;
  if (!(PARAM_TYPES as readonly string[]).includes(type))
    return fail(`@param ${name}: type must be one of ${PARAM_TYPES.join(', ')}`);
  let value: unknown;
  try {
    value = JSON.parse(defaultText);
  } catch {
    return fail(
      `@param ${name}: the default ${defaultText} is not JSON (strings need double quotes)`,
    );
  }
  const checked = value === null ? null : checkValue(type as ParamType, value);
  if (checked === undefined)
    return fail(`@param ${name}: the default ${defaultText} is not a ${type}`);
  return { name, type: type as ParamType, default: checked, description };
}

function checkValue(type: ParamType, value: unknown): ParamValue | undefined {
  switch (type) {
    case 'string':
    case 'actor':
    case 'state':
      return typeof value === 'string' ? value : undefined;
    case 'int':
      return Number.isSafeInteger(value) ? (value as number) : undefined;
    case 'float':
      return typeof value === 'number' ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
  }
}
