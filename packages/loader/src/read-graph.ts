import {
  ENTITY_RELATION_TYPES,
  ENTITY_TYPES,
  NewsgraphError,
  RESERVED_ENTITY_PROPERTIES,
  type Provenance,
  type StoredArticle,
  type StoredEntity,
  type StoredGraph,
} from '@newsgraph/graph-schema';
import neo4j from 'neo4j-driver';
import {
  READ_ARTICLE_PAGE,
  READ_ARTICLES,
  READ_ENTITIES,
  READ_ENTITY_PAGE,
  READ_MENTIONS,
  READ_QUOTES,
  readFactsQuery,
} from './cypher/index.js';
import { ensureVerified, type Connection } from './connection.js';
import { toNewsgraphError } from './driver-errors.js';
import { toPlainJson, type JsonValue } from './read-query.js';
import type { Logger } from './types.js';

export interface ReadGraphOptions {
  /** Only these articles, their mentions, quotes and facts, and the entities they mention. */
  articles?: readonly string[] | undefined;
  /** Articles or entities per page, one READ transaction each (default 500). */
  pageSize?: number | undefined;
  logger?: Logger | undefined;
}

type Row = Record<string, JsonValue>;
export type ReadRun = (text: string, params: Record<string, unknown>) => Promise<Row[]>;
/** Runs `work` in one READ transaction; the driver may run it again on a transient error. */
export type ReadTransaction = <T>(work: (run: ReadRun) => Promise<T>) => Promise<T>;

export const DEFAULT_PAGE_SIZE = 500;

/** The whole graph (or some articles' part of it), read page by page and sorted by id. */
export async function readGraph(
  connection: Connection,
  options: ReadGraphOptions = {},
): Promise<StoredGraph> {
  const graph = emptyGraph();
  for await (const page of streamGraph(connection, options)) {
    for (const key of Object.keys(graph) as (keyof StoredGraph)[]) {
      (graph[key] as unknown[]).push(...page[key]);
    }
  }
  return sortGraph(graph);
}

/**
 * Pages of the graph, each from its own READ transaction: articles with their mentions, quotes
 * and facts first, then entities. Pages are not one snapshot: a load running meanwhile may show.
 */
export async function* streamGraph(
  connection: Connection,
  options: ReadGraphOptions = {},
): AsyncGenerator<StoredGraph> {
  await ensureVerified(connection);
  yield* readPages(readTransaction(connection), options);
}

/** READ transactions on the connection, rows as plain JSON, errors as NewsgraphError. */
function readTransaction({ driver, context }: Connection): ReadTransaction {
  return async (work) => {
    const session = driver.session({
      ...(context.database === undefined ? {} : { database: context.database }),
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead((tx) =>
        work(async (text, params) => {
          const { records } = await tx.run(text, params);
          return records.map((r) => toPlainJson(r.toObject()) as Row);
        }),
      );
    } catch (error) {
      throw toNewsgraphError(error, { ...context, action: 'read the graph' });
    } finally {
      await session.close();
    }
  };
}

/** The paging itself, over any READ transaction runner (a fake one in unit tests). */
export async function* readPages(
  transaction: ReadTransaction,
  options: ReadGraphOptions = {},
): AsyncGenerator<StoredGraph> {
  const size = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) {
    throw new NewsgraphError('CONFIG_INVALID', `page size must be a positive integer, not ${size}`);
  }
  const limit = neo4j.int(size);
  const subset = options.articles && [...new Set(options.articles)].sort(compare);
  const named = new Set<string>();
  const articles = subset
    ? chunks(subset, size).map((ids) => (run: ReadRun) => run(READ_ARTICLES, { ids }))
    : keyset((after, run) => run(READ_ARTICLE_PAGE, { after, limit }), size);
  for await (const page of pages(transaction, articles, articleRelationships)) {
    for (const m of page.mentions) named.add(m.entity);
    for (const f of page.facts) named.add(f.source).add(f.target);
    for (const q of page.quotes) named.add(q.speaker);
    yield page;
  }
  const entities = subset
    ? chunks([...named].sort(compare), size).map(
        (ids) => (run: ReadRun) => run(READ_ENTITIES, { ids }),
      )
    : keyset((after, run) => run(READ_ENTITY_PAGE, { after, limit }), size);
  for await (const page of pages(transaction, entities, (_run, rows) => toEntities(rows, options)))
    yield page;
}

type Fetch = (run: ReadRun) => Promise<Row[]>;
type Expand = (run: ReadRun, rows: Row[]) => Promise<StoredGraph> | StoredGraph;

/** Runs each fetch and its expansion in one transaction; a keyset iterable learns the last id. */
async function* pages(
  transaction: ReadTransaction,
  fetches: Iterable<Fetch> & { seen?: (rows: Row[]) => void },
  expand: Expand,
): AsyncGenerator<StoredGraph> {
  for (const fetch of fetches) {
    const { rows, page } = await transaction(async (run) => {
      const rows = await fetch(run);
      return { rows, page: await expand(run, rows) };
    });
    fetches.seen?.(rows);
    if (rows.length > 0) yield page;
  }
}

/** Fetches of id-ordered pages: each starts after the last id of the one before; stops short. */
function keyset(
  fetch: (after: string, run: ReadRun) => Promise<Row[]>,
  size: number,
): Iterable<Fetch> & { seen: (rows: Row[]) => void } {
  let after = '';
  let done = false;
  return {
    seen(rows) {
      done = rows.length < size;
      after = str(rows.at(-1)?.id) || after;
    },
    *[Symbol.iterator]() {
      while (!done) yield (run: ReadRun) => fetch(after, run);
    },
  };
}

async function articleRelationships(run: ReadRun, rows: Row[]): Promise<StoredGraph> {
  const ids = rows.map((r) => str(r.id));
  const [mentions, quotes, facts] = await Promise.all([
    run(READ_MENTIONS, { ids }),
    run(READ_QUOTES, { ids }),
    run(readFactsQuery(ENTITY_RELATION_TYPES), { ids }),
  ]);
  return {
    ...emptyGraph(),
    articles: rows.map((r) => toArticle(props(r))),
    mentions: mentions.map((m) => ({
      article: str(m.article),
      entity: str(m.entity),
      count: num(m.count),
    })),
    quotes: quotes.map((q) => ({
      ...readProvenance(props(q)),
      speaker: str(q.speaker),
      text: str(props(q).text),
    })),
    facts: facts.flatMap((f) => {
      const p = props(f);
      const type = ENTITY_RELATION_TYPES.find((t) => t === f.type);
      if (type === undefined) return [];
      const role = p.role;
      return [
        {
          ...readProvenance(p),
          type,
          source: str(f.source),
          target: str(f.target),
          sentence: str(p.sentence),
          ...(typeof role === 'string' ? { role } : {}),
        },
      ];
    }),
  };
}

function toEntities(rows: Row[], options: ReadGraphOptions): StoredGraph {
  const entities: StoredEntity[] = [];
  for (const row of rows) {
    const id = str(row.id);
    const labels = Array.isArray(row.labels) ? row.labels : [];
    const types = ENTITY_TYPES.filter((t) => labels.includes(t));
    const type = types[0];
    if (type === undefined) {
      options.logger?.warn?.(`entity ${id} has no type label; left out`);
      continue;
    }
    if (types.length > 1) options.logger?.warn?.(`entity ${id} has labels ${types.join(', ')}`);
    const p = props(row);
    const name = typeof p.name === 'string' ? p.name : id;
    const aliases = strs(p.aliases);
    entities.push({
      id,
      type,
      name,
      aliases: aliases.length > 0 ? aliases : [name],
      attributes: attributes(p),
    });
  }
  return { ...emptyGraph(), entities };
}

/** Properties beside the loader's own, in name order; a list or map (never loaded) as JSON. */
function attributes(p: Record<string, JsonValue>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const key of Object.keys(p).sort(compare)) {
    const value = p[key];
    if (RESERVED_ENTITY_PROPERTIES.includes(key) || value === null || value === undefined) continue;
    out[key] = typeof value === 'object' ? JSON.stringify(value) : value;
  }
  return out;
}

/** The document's article fields, in the schema's order; documentHash and loadedAt left out. */
function toArticle(p: Record<string, JsonValue>): StoredArticle {
  const optional = (key: 'source' | 'url' | 'publishedAt' | 'language') =>
    typeof p[key] === 'string' ? { [key]: p[key] } : {};
  return {
    id: str(p.id),
    title: str(p.title),
    ...optional('source'),
    ...optional('url'),
    ...optional('publishedAt'),
    ...optional('language'),
    wordCount: num(p.wordCount),
    contentHash: str(p.contentHash),
    extractorVersion: str(p.extractorVersion),
  };
}

function readProvenance(p: Record<string, JsonValue>): Provenance {
  return {
    articleId: str(p.articleId),
    start: num(p.start),
    end: num(p.end),
    evidence: strs(p.evidence),
    starts: nums(p.starts),
    ends: nums(p.ends),
    confidence: num(p.confidence),
    extractorVersion: str(p.extractorVersion),
  };
}

function sortGraph(g: StoredGraph): StoredGraph {
  const by =
    <T>(key: (x: T) => string) =>
    (a: T, b: T) =>
      compare(key(a), key(b));
  const pad = (n: number) => String(n).padStart(12, '0');
  g.articles.sort(by((a) => a.id));
  g.entities.sort(by((e) => e.id));
  g.mentions.sort(by((m) => `${m.article}\0${m.entity}`));
  g.quotes.sort(by((q) => `${q.articleId}\0${pad(q.start)}\0${pad(q.end)}\0${q.speaker}`));
  g.facts.sort(by((f) => `${f.type}\0${f.source}\0${f.target}\0${f.articleId}`));
  return g;
}

function emptyGraph(): StoredGraph {
  return { articles: [], entities: [], mentions: [], quotes: [], facts: [] };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function props(row: Row): Record<string, JsonValue> {
  const p = row.props;
  return p !== null && typeof p === 'object' && !Array.isArray(p) ? p : {};
}
const str = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : '');
const num = (v: JsonValue | undefined): number => (typeof v === 'number' ? v : 0);
const strs = (v: JsonValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const nums = (v: JsonValue | undefined): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];

/** Code-point order, as the exports sort. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
