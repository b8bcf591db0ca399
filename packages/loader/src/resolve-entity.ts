import { ENTITY_FULLTEXT_INDEX, ENTITY_TYPES, NewsgraphError } from '@newsgraph/graph-schema';
import { RESOLVE_ENTITY } from './cypher/index.js';
import { runReadQuery, type JsonValue } from './read-query.js';
import type { Connection } from './connection.js';

/** How a text named the entity: its id, its name or an alias (case aside), or a full-text match. */
export type EntityMatchKind = 'id' | 'name' | 'alias' | 'full-text';
const KINDS: readonly EntityMatchKind[] = ['id', 'name', 'alias', 'full-text'];

export interface EntityMatch {
  id: string;
  name: string;
  /** The entity type (Person, State, …). */
  label: string;
  how: EntityMatchKind;
  /** The full-text score, for `full-text` matches only. */
  score: number | null;
  /** How many articles mention it. */
  articles: number;
}

export interface ResolveEntityOptions {
  /** Only entities of these types (default: any). */
  labels?: readonly string[] | undefined;
  /** Candidates to return at most, best first (default 5). */
  limit?: number | undefined;
}

/**
 * The entities a user's text may name, best first: the entity with that id, then with that
 * name or alias ignoring case, then the best matches of the `entity_names` full-text index.
 * Ties go to the entity more articles mention. Empty when nothing matches. Full-text matches
 * can lag a load by moments (the index is eventually consistent); ids and names do not.
 */
export async function resolveEntity(
  connection: Connection,
  text: string,
  options: ResolveEntityOptions = {},
): Promise<EntityMatch[]> {
  const labels = options.labels ?? null;
  const unknown = labels?.find((l) => !(ENTITY_TYPES as readonly string[]).includes(l));
  if (unknown !== undefined) {
    throw new NewsgraphError('USAGE', `${JSON.stringify(unknown)} is not an entity type`, {
      hint: `use one of ${ENTITY_TYPES.join(', ')}`,
    });
  }
  const { rows } = await runReadQuery(connection, RESOLVE_ENTITY, {
    text,
    search: fullTextQuery(text),
    index: ENTITY_FULLTEXT_INDEX,
    labels,
    limit: options.limit ?? 5,
  });
  const asText = (value: JsonValue | undefined): string =>
    typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return rows.map((row) => ({
    id: asText(row.id),
    name: asText(row.name ?? row.id),
    label: asText(row.label),
    how: KINDS[Number(row.rank)] ?? 'full-text',
    score: Number(row.rank) === 3 ? Number(row.score) : null,
    articles: Number(row.articles ?? 0),
  }));
}

/**
 * A Lucene query for the words of `text`: each word as it is and, from four letters on, also
 * fuzzily (one typo). Only letters and digits pass, so no Lucene operator or special character
 * reaches the query. Null when `text` has no word.
 */
export function fullTextQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w) => ([...w].length >= 4 ? `${w} ${w}~1` : w)).join(' ');
}
