import { ENTITY_RELATION_TYPES } from '@newsgraph/graph-schema';
import { allowedLabel, allowedRelationshipType } from './allow-list.js';
import { chunk, type BatchRows } from './batches.js';
import { unique } from './rows.js';
import {
  CREATE_FACTS,
  CREATE_MENTIONS,
  CREATE_QUOTES,
  DELETE_ARTICLE,
  DELETE_MENTIONS_AND_ORPHANS,
  DELETE_QUOTES,
  ENTITY_PROPERTIES,
  MERGE_ARTICLES,
  MERGE_ENTITIES,
  MERGE_PEOPLE,
  RECOMPUTE_ENTITIES,
  RECOMPUTE_OR_DROP_ENTITIES,
  deleteFacts,
  moveIncoming,
  moveOutgoing,
} from './cypher/index.js';
import { singleMentionProps } from './new-entities.js';
import { storedFullKey } from './person-names.js';
import type { PersonMove } from './resolve-people.js';

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/**
 * The statements of one transaction, in order: lock the articles (ids sorted), then merge
 * their entities (one query for every type, by type then id), then clear what the articles wrote
 * before, then create mentions, quotes and facts (one query for every type). Every transaction takes its
 * locks in one global order before it touches a relationship: deleting or creating relationships
 * on a dense node takes a shared lock on it, and two transactions that both hold one and then both
 * want to SET the node deadlock. Last, the entities' names, aliases and attributes are recomputed
 * from all their mentions (in the same id order). Row lists longer than `batchSize` are cut into several statements
 * of the same transaction.
 */
export function planBatch(batch: BatchRows, batchSize: number): Statement[] {
  return [...planArticles(batch, batchSize), ...planAfterArticles(batch, batchSize)];
}

/** The first statement(s) of planBatch: MERGE_ARTICLES, whose rows say which were stored. */
export function planArticles(batch: BatchRows, batchSize: number): Statement[] {
  return chunk(batch.articles, batchSize).map((part) => ({
    text: MERGE_ARTICLES,
    params: { rows: part },
  }));
}

/**
 * The rest of planBatch, once the articles are locked; only the articles in `stored` (all of
 * them unless given) were in the database before and have anything to clear.
 */
export function planAfterArticles(
  batch: BatchRows,
  batchSize: number,
  stored: readonly string[] = batch.articleIds,
): Statement[] {
  const rows = (text: string, list: readonly unknown[]): Statement[] =>
    chunk(list, batchSize).map((part) => ({ text, params: { rows: part } }));
  const ids = chunk(
    batch.articleIds.filter((id) => stored.includes(id)),
    batchSize,
  );
  const created = singleMentionProps(batch);
  // Types travel as parameters (dynamic labels and types), checked here as query text would be.
  const entities = [...batch.entities.values()]
    .flat()
    .map((e) => ({ ...e, type: allowedLabel(e.type), props: created.get(e.id) ?? null }));
  for (const f of batch.facts) allowedRelationshipType(f.type);
  return [
    ...rows(MERGE_ENTITIES, entities),
    ...clearArticles(ids, batch.entityIds),
    ...rows(
      CREATE_MENTIONS,
      batch.mentions.map((m) => ({
        ...m,
        fullKey: m.surnameKey === null ? null : storedFullKey(m.name),
      })),
    ),
    ...rows(CREATE_QUOTES, batch.quotes),
    ...rows(CREATE_FACTS, batch.facts),
    ...chunk(recomputeRows(batch), batchSize).map((part) => ({
      text: RECOMPUTE_ENTITIES,
      params: { rows: part, properties: ENTITY_PROPERTIES },
    })),
  ];
}

/** What the batch's mentions say of each entity, in entity lock order. */
interface RecomputeRow {
  id: string;
  names: string[];
  aliases: string[];
  /** [key, value] pairs of allowed attributes. */
  attributes: [string, string][];
}

function recomputeRows(batch: BatchRows): RecomputeRow[] {
  const byId = new Map<string, RecomputeRow>();
  for (const e of [...batch.entities.values()].flat()) {
    byId.set(e.id, { id: e.id, names: [], aliases: [], attributes: [] });
  }
  for (const m of batch.mentions) {
    const row = byId.get(m.entity);
    if (row === undefined) continue;
    row.names = unique([...row.names, m.name]);
    row.aliases = unique([...row.aliases, ...m.aliases]);
    for (const [k, v] of Object.entries(m.attributes)) {
      if (!row.attributes.some(([a, b]) => a === k && b === v)) row.attributes.push([k, v]);
    }
  }
  return [...byId.values()];
}

/** Removes everything an article wrote; entities named in `keep` are never deleted. */
function clearArticles(idChunks: readonly string[][], keep: readonly string[]): Statement[] {
  return idChunks.flatMap((ids) => [
    ...ENTITY_RELATION_TYPES.map((type) => ({ text: deleteFacts(type), params: { ids } })),
    { text: DELETE_QUOTES, params: { ids } },
    { text: DELETE_MENTIONS_AND_ORPHANS, params: { ids, keep } },
  ]);
}

/** Deleting an article: its facts, quotes, mentions, the entities left unmentioned, then itself. */
export function planDelete(id: string): Statement[] {
  return [...clearArticles([[id]], []), { text: DELETE_ARTICLE, params: { id } }];
}

/**
 * Moving people's relationships between nodes: the target nodes first, then every relationship
 * type that can end (or, for facts, start) at a person, then the nodes involved recomputed, and
 * those no mention names any more deleted.
 */
export function planMoves(moves: readonly PersonMove[]): Statement[] {
  const params = { rows: moves };
  const ids = [...new Set(moves.flatMap((m) => [m.from, m.to]))].sort();
  return [
    { text: MERGE_PEOPLE, params },
    { text: moveIncoming('MENTIONS', 'localId'), params },
    { text: moveIncoming('QUOTES', 'targetLocal'), params },
    ...ENTITY_RELATION_TYPES.flatMap((type) => [
      { text: moveIncoming(type, 'targetLocal'), params },
      { text: moveOutgoing(type), params },
    ]),
    { text: RECOMPUTE_OR_DROP_ENTITIES, params: { ids } },
  ];
}
