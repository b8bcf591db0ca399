import { extractRelations } from './index.js';
import { analysisOf, type EntitySpec, type QuoteSpec } from './test-analysis.js';

/** A person given by id and surface forms, for the hand-built analyses of the relation tests. */
export function personSpec(id: string, ...names: string[]): EntitySpec {
  return { id: `person:${id}`, type: 'Person', names };
}

/** The relations of the given types (stances by default) read from a hand-built analysis, sorted. */
export function stanceTriples(
  text: string,
  entities: EntitySpec[],
  types: readonly string[] = ['OPPOSES', 'SUPPORTS'],
  quotes: QuoteSpec[] = [],
): string[] {
  return extractRelations(analysisOf(text, entities, [], quotes), {})
    .filter((r) => types.includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}
