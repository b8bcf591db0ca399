/** Small hand-written graph documents for the loader's tests. */
import { createHash } from 'node:crypto';
import {
  GRAPH_DOCUMENT_VERSION,
  entityId,
  type DocumentRelationType,
  type Entity,
  type EntityType,
  parseGraphDocument,
  type Relation,
  type ValidGraphDocument,
} from '@newsgraph/graph-schema';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function entity(
  type: EntityType,
  name: string,
  options: {
    key?: string;
    aliases?: string[];
    mentions?: number;
    attributes?: Entity['attributes'];
  } = {},
): Entity {
  const mentions = Array.from({ length: options.mentions ?? 1 }, (_, i) => ({
    start: i * 10,
    end: i * 10 + name.length,
    text: name,
  }));
  return {
    id: entityId(type, options.key ?? name),
    type,
    name,
    aliases: options.aliases ?? [name],
    mentions,
    ...(options.attributes ? { attributes: options.attributes } : {}),
  };
}

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

/** A made-up but stable offset for a sentence, so the same fixture always builds the same document. */
function offsetOf(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) % 10_000;
  return h;
}

export function relation(
  type: DocumentRelationType,
  source: Entity | string,
  target: Entity,
  sentence: string,
  options: { role?: string; confidence?: number; evidence?: string[] } = {},
): Relation {
  const texts = options.evidence ?? [sentence];
  const evidence = texts.map((text) => {
    const start = offsetOf(text);
    return { start, end: start + text.length, text };
  });
  const properties: Record<string, string> =
    type === 'QUOTES' ? { text: sentence } : options.role ? { role: options.role } : {};
  return {
    type,
    source: typeof source === 'string' ? source : source.id,
    target: target.id,
    properties,
    evidence,
    confidence: options.confidence ?? 0.8,
  };
}

export interface DocSpec {
  entities: Entity[];
  /** Relations; QUOTES take the article id from `quote()`. */
  relations?: (Relation | ((articleId: string) => Relation))[];
  /** Stands for the article text: a different text means a different contentHash. */
  text?: string;
  title?: string;
  version?: string;
}

/** A document from the spec, validated as the loader takes them (a bad spec throws). */
export function doc(id: string, spec: DocSpec): ValidGraphDocument {
  const text = spec.text ?? `text of ${id}`;
  return parseGraphDocument({
    schemaVersion: GRAPH_DOCUMENT_VERSION,
    generator: { name: 'fixtures', version: spec.version ?? '1.0.0' },
    article: {
      id,
      title: spec.title ?? `Title of ${id}`,
      source: 'Fixture News',
      url: `https://example.org/${id}`,
      publishedAt: '2019-02-13T10:00:00Z',
      wordCount: text.split(/\s+/).length,
      contentHash: sha256(text),
    },
    entities: spec.entities,
    relations: (spec.relations ?? []).map((r) => (typeof r === 'function' ? r(id) : r)),
  });
}

export function quote(speaker: Entity, text: string): (articleId: string) => Relation {
  return (articleId) => relation('QUOTES', articleId, speaker, text);
}

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
