import type { Entity, ValidGraphDocument } from '@newsgraph/graph-schema';
import { createLoader } from '@newsgraph/loader';
import { doc, entity, relation } from '../../packages/loader/test/fixtures.js';
import { type Neo4jSettings, openConnection } from '../neo4j.js';

const FIRST = ['Ana', 'Boris', 'Clara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiroshi'];
const LAST = ['Okonkwo', 'Lindqvist', 'Moreau', 'Takahashi'];
const STATES = ['Ruritania', 'Freedonia', 'Sylvania', 'Borduria', 'Syldavia', 'Latveria'];
const ORGS = [
  'Northern Trade Council',
  'Coastal Defence Pact',
  'Union of River States',
  'Grain Exporters Forum',
  'Mountain Accord',
  'Free Press League',
];

/**
 * Four made-up articles over 28 made-up actors with two-word names, linked in chains: added to
 * the dev articles they make a result of about 90 nodes, the size captions must read at.
 */
export function madeUpDocuments(): ValidGraphDocument[] {
  const people = FIRST.flatMap((f, i) =>
    LAST.filter((_, j) => (i + j) % 2 === 0).map((l) => `${f} ${l}`),
  );
  const actors: Entity[] = [
    ...people.map((name) => entity('Person', name)),
    ...STATES.map((name, i) => entity('State', name, { key: `XQ${i}` })),
    ...ORGS.map((name) => entity('Organization', name)),
  ];
  const quarter = Math.ceil(actors.length / 4);
  return [0, 1, 2, 3].map((k) => {
    const group = actors.slice(k * quarter, (k + 1) * quarter);
    const relations = group
      .slice(1)
      .map((e, i) =>
        relation(i % 2 === 0 ? 'OPPOSES' : 'SUPPORTS', group[i] ?? e, e, `Made-up fact ${k}-${i}.`),
      );
    return doc(`made-up:${k}`, { entities: group, relations });
  });
}

export async function loadMadeUpDocuments(settings: Neo4jSettings): Promise<void> {
  const loader = createLoader(openConnection(settings));
  try {
    const summary = await loader.loadDocuments(madeUpDocuments());
    if (summary.failures.length > 0)
      throw new Error(`made-up documents failed to load: ${JSON.stringify(summary.failures)}`);
  } finally {
    await loader.close();
  }
}
