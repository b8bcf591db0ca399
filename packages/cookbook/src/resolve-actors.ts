import { ACTOR_TYPES, NewsgraphError } from '@newsgraph/graph-schema';
import type { EntityMatch } from '@newsgraph/loader';
import type { CookbookQuery, ParamType, ParamValue } from './parse-query.js';

/** The database look-up: the entities a text may name, best first (the loader's resolveEntity). */
export type FindEntity = (text: string, labels: readonly string[]) => Promise<EntityMatch[]>;

/** The entity types each entity-naming parameter type may name. */
const NAMED_TYPES: Partial<Record<ParamType, readonly string[]>> = {
  actor: ACTOR_TYPES,
  state: ['State'],
};

const HOW: Record<EntityMatch['how'], string> = {
  id: 'by id',
  name: 'by name',
  alias: 'by alias',
  'full-text': 'the best full-text match',
};

export interface ResolvedActors {
  /** The values with each actor replaced by the id of the entity it names. */
  values: Record<string, ParamValue>;
  /** One line per actor that was not already an id: which entity was used, and how. */
  notes: string[];
}

/**
 * Resolves the query's `actor` and `state` parameters: a name, an alias, an id or a near
 * spelling becomes the id of the best matching entity, so the query matches exactly it.
 * Null (all) is left alone. An actor that matches nothing is a usage error.
 */
export async function resolveActors(
  query: CookbookQuery,
  values: Record<string, ParamValue>,
  find: FindEntity,
): Promise<ResolvedActors> {
  const resolved = { ...values };
  const notes: string[] = [];
  for (const param of query.params) {
    const labels = NAMED_TYPES[param.type];
    const text = values[param.name];
    if (labels === undefined || typeof text !== 'string') continue;
    const [best, ...others] = await find(text, labels);
    if (best === undefined) {
      throw new NewsgraphError(
        'USAGE',
        `--param ${param.name}: no ${param.type} in the graph matches ${JSON.stringify(text)}`,
        {
          where: query.name,
          hint: 'newsgraph query most-mentioned lists the actors; leave the parameter out for all',
        },
      );
    }
    resolved[param.name] = best.id;
    if (best.how !== 'id') notes.push(describeMatch(param.name, text, best, others));
  }
  return { values: resolved, notes };
}

function describeMatch(
  name: string,
  text: string,
  best: EntityMatch,
  others: readonly EntityMatch[],
): string {
  const line = `${name} ${JSON.stringify(text)}: ${best.name} (${best.id}, ${best.label}), ${HOW[best.how]}`;
  const alternatives = others.filter((o) => o.how === best.how).map((o) => o.name);
  return alternatives.length > 0 ? `${line}; also ${alternatives.join(', ')}` : line;
}
