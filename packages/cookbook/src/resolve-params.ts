import { NewsgraphError } from '@newsgraph/graph-schema';
import type { CookbookQuery, ParamValue, QueryParam } from './parse-query.js';

/**
 * The query's parameters: its defaults, overridden by `k=v` strings from --param. Values are
 * converted to the declared type; `null` clears one. Unknown names and bad values are usage errors.
 */
export function resolveParams(
  query: CookbookQuery,
  assignments: readonly string[],
): Record<string, ParamValue> {
  const values: Record<string, ParamValue> = Object.fromEntries(
    query.params.map((p) => [p.name, p.default]),
  );
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=');
    const name = eq < 0 ? assignment : assignment.slice(0, eq);
    const param = query.params.find((p) => p.name === name);
    if (eq < 0 || param === undefined) {
      const known = query.params.map((p) => p.name).join(', ') || 'none';
      throw new NewsgraphError(
        'USAGE',
        `--param ${JSON.stringify(assignment)}: want NAME=VALUE with NAME one of ${known}`,
        {
          where: query.name,
        },
      );
    }
    values[name] = convert(param, assignment.slice(eq + 1), query.name);
  }
  return values;
}

function convert(param: QueryParam, text: string, where: string): ParamValue {
  if (text === 'null') return null;
  const bad = (): never => {
    throw new NewsgraphError(
      'USAGE',
      `--param ${param.name}: ${JSON.stringify(text)} is not a ${param.type}`,
      { where },
    );
  };
  switch (param.type) {
    case 'string':
    case 'actor':
    case 'state':
      return text;
    case 'int':
      return /^-?\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : bad();
    case 'float':
      return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : bad();
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : bad();
  }
}
