import { ENTITY_TYPES, type EntityRelationType, type EntityType } from '@newsgraph/graph-schema';
import {
  unique,
  type ArticleRow,
  type DocumentRows,
  type EntityRow,
  type FactRow,
  type MentionRow,
  type QuoteRow,
} from './rows.js';

/**
 * Groups whole articles into transactions of about `batchSize` rows. An article never spans two
 * transactions (so none is ever half-written), one larger than the budget gets a transaction of
 * its own, and two documents with the same article id never share one (the later must replace
 * the earlier, not be written beside it).
 */
export function groupIntoBatches(
  docs: readonly DocumentRows[],
  batchSize: number,
): DocumentRows[][] {
  const groups: DocumentRows[][] = [];
  let current: DocumentRows[] = [];
  let rows = 0;
  const ids = new Set<string>();
  for (const doc of docs) {
    if (current.length > 0 && (rows + doc.size > batchSize || ids.has(doc.id))) {
      groups.push(current);
      current = [];
      rows = 0;
      ids.clear();
    }
    current.push(doc);
    rows += doc.size;
    ids.add(doc.id);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The rows of one transaction, merged and ordered. */
export interface BatchRows {
  articleIds: string[];
  articles: ArticleRow[];
  /** By type, each sorted by id: every transaction locks entities in the same order. */
  entities: Map<EntityType, EntityRow[]>;
  entityIds: string[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  /** Every type's facts in one list, in entity lock order (source, then target). */
  facts: TypedFactRow[];
}

/** A fact row with its relationship type, for the one statement that creates every type. */
export interface TypedFactRow extends FactRow {
  type: EntityRelationType;
}

export function mergeBatch(docs: readonly DocumentRows[]): BatchRows {
  const sorted = [...docs].sort((a, b) => compare(a.id, b.id));
  const byId = new Map<string, EntityRow>();
  const facts: TypedFactRow[] = [];
  for (const doc of sorted) {
    for (const entity of doc.entities) {
      const seen = byId.get(entity.id);
      byId.set(entity.id, seen === undefined ? entity : mergeEntity(seen, entity));
    }
    for (const [type, rows] of Object.entries(doc.facts) as [EntityRelationType, FactRow[]][])
      facts.push(...rows.map((row) => ({ ...row, type })));
  }
  const entities = new Map<EntityType, EntityRow[]>();
  for (const type of ENTITY_TYPES) {
    const rows = [...byId.values()]
      .filter((e) => e.type === type)
      .sort((a, b) => compare(a.id, b.id));
    if (rows.length > 0) entities.set(type, rows);
  }
  // Relationships are created in entity lock order too, which narrows the window for deadlocks.
  const rank = new Map([...entities.values()].flat().map((e, i) => [e.id, i]));
  const byEntity =
    <T>(...keys: ((row: T) => string)[]) =>
    (a: T, b: T): number => {
      for (const key of keys) {
        const d = (rank.get(key(a)) ?? 0) - (rank.get(key(b)) ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    };
  facts.sort(
    byEntity<TypedFactRow>(
      (r) => r.source,
      (r) => r.target,
    ),
  );
  return {
    articleIds: sorted.map((d) => d.id),
    articles: sorted.map((d) => d.article),
    entities,
    entityIds: [...byId.keys()],
    mentions: sorted.flatMap((d) => d.mentions).sort(byEntity<MentionRow>((r) => r.entity)),
    quotes: sorted.flatMap((d) => d.quotes).sort(byEntity<QuoteRow>((r) => r.speaker)),
    facts,
  };
}

/**
 * The same entity named by two articles of one batch. Only a node's first name and aliases come
 * from here; the transaction then recomputes them from every article's mentions.
 */
export function mergeEntity(a: EntityRow, b: EntityRow): EntityRow {
  return { ...a, aliases: unique([...a.aliases, ...b.aliases]) };
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Halves of a batch that failed for its size; a single article cannot be split. */
export function splitInHalf<T>(items: readonly T[]): [T[], T[]] {
  const mid = Math.ceil(items.length / 2);
  return [items.slice(0, mid), items.slice(mid)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
