/** Small hand-written graph documents for the loader's tests, made by graph-schema's builder. */
import type { Entity, ValidGraphDocument } from '@newsgraph/graph-schema';
import { doc, entity, quote, relation } from '../../../graph-schema/src/test-fixtures.js';

export { doc, entity, quote, relation };

export const FRANCE = entity('State', 'France', {
  key: 'FRA',
  aliases: ['France', 'French'],
  attributes: { iso3: 'FRA' },
});
export const GERMANY = entity('State', 'Germany', { key: 'DEU', aliases: ['Germany', 'German'] });
export const USA = entity('State', 'United States', {
  key: 'USA',
  aliases: ['United States', 'U.S.'],
});
export const TURKEY = entity('State', 'Turkey', { key: 'TUR' });
export const NATO = entity('Organization', 'NATO', {
  key: 'nato',
  aliases: ['NATO', 'the alliance'],
});
export const STOLTENBERG = entity('Person', 'Jens Stoltenberg', {
  aliases: ['Jens Stoltenberg', 'Stoltenberg'],
});
export const MERKEL = entity('Person', 'Angela Merkel', { aliases: ['Angela Merkel', 'Merkel'] });

/** The sample article's main facts, hand-written. */
export function natoArticle(id = 'article:nato'): ValidGraphDocument {
  return doc(id, {
    entities: [FRANCE, GERMANY, USA, TURKEY, NATO, STOLTENBERG],
    relations: [
      relation('OPPOSES', FRANCE, USA, 'France and Germany are pushing back against the U.S.'),
      relation('OPPOSES', GERMANY, USA, 'France and Germany are pushing back against the U.S.'),
      relation('ALLIED_WITH', TURKEY, GERMANY, 'Germany and its ally Turkey.'),
      relation('MEMBER_OF', TURKEY, NATO, 'NATO ally Turkey.'),
      relation('LEADS', STOLTENBERG, NATO, 'NATO Secretary General Jens Stoltenberg said.', {
        role: 'Secretary General',
      }),
      quote(STOLTENBERG, 'But no decision has been taken and discussion is going on.'),
    ],
  });
}

const POOL: Entity[] = [
  FRANCE,
  GERMANY,
  USA,
  TURKEY,
  entity('State', 'Russia', { key: 'RUS' }),
  entity('State', 'China', { key: 'CHN' }),
  STOLTENBERG,
  MERKEL,
  entity('Person', 'Emmanuel Macron'),
  entity('Person', 'Donald Trump'),
  NATO,
  entity('Organization', 'European Union'),
];
const ACTORS = POOL.filter((e) => e.type !== 'Organization');
const STATES = POOL.filter((e) => e.type === 'State');
const ORGS = POOL.filter((e) => e.type === 'Organization');

/**
 * `n` articles over a pool of 12 entities, so they overlap heavily: every article names 4 or 5 of them
 * and states 4 facts and a quote. Deterministic: the same `n` and `seed` give the same documents.
 */
export function syntheticDocs(n: number, seed = 1, prefix = 'synthetic'): ValidGraphDocument[] {
  let state = seed;
  const next = (k: number): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % k;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const a = pick(STATES);
    const b = pick(STATES.filter((s) => s !== a));
    const p = pick(ACTORS.filter((e) => e.type === 'Person'));
    const o = pick(ORGS);
    const x = pick(ACTORS.filter((e) => e !== a && e !== p));
    return doc(`${prefix}:${i}`, {
      text: `synthetic ${i} ${seed}`,
      entities: [...new Map([a, b, p, o, x].map((e) => [e.id, e])).values()],
      relations: [
        relation('OPPOSES', a, b, `${a.name} opposes ${b.name} (${i}).`),
        relation('SUPPORTS', p, x, `${p.name} backs ${x.name} (${i}).`),
        relation('MEMBER_OF', a, o, `${a.name} is in ${o.name} (${i}).`),
        relation('LEADS', p, a, `${p.name} leads ${a.name} (${i}).`, { role: 'President' }),
        quote(p, `Words number ${i}.`),
      ],
    });
  });
}
