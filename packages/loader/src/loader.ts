import { NODE_LABELS, NewsgraphError, RELATIONSHIP_TYPES } from '@newsgraph/graph-schema';
import {
  AWAIT_INDEXES,
  loaderSchemaStatements,
  statsQuery,
  VERIFY,
  LOADED_ARTICLES,
} from './cypher/index.js';
import { backfillFullKeys } from './backfill-full-keys.js';
import { closeConnection, type Connection } from './connection.js';
import { neo4jCode } from './driver-errors.js';
import { writeWithIdentities } from './identities.js';
import { loadDocuments } from './load-documents.js';
import { driverRunner, type Runner } from './runner.js';
import { addCounters, emptySummary } from './summary.js';
import type { GraphStats, Loader, LoaderOptions, LoadSummary } from './types.js';
import { planDelete } from './write-plan.js';

/**
 * Rows per transaction (and per UNWIND). A transaction's cost is mostly fixed (the round trips,
 * a few pipelined statements, the commit), not per row: the rows themselves are index seeks and
 * creates. At 1000 rows (some 15 articles) the fixed part dominated; 5000 (some 75 articles)
 * took the same corpus in about half the time, as the bench's CREATE bound also writes batches of
 * 5000. A batch over the server's transaction memory limit is split, so a larger default costs
 * no failures there; concurrent loads hold their locks a little longer.
 */
export const DEFAULT_BATCH_SIZE = 5000;

/**
 * A loader writing through `connection`, which it takes over: `close()` closes it. Write
 * retries are the loader's own (`maxRetryTimeMs`); reads retry as the connection was opened.
 */
export function createLoader(connection: Connection, options: LoaderOptions = {}): Loader {
  const batchSize = checkBatchSize(options.batchSize ?? DEFAULT_BATCH_SIZE);
  const maxRetryTimeMs = options.maxRetryTimeMs ?? 30_000;
  const { driver, context } = connection;
  const runner = driverRunner(driver, context, { logger: options.logger, maxRetryTimeMs });
  let schema: Promise<void> | undefined;
  const ensureSchema = (): Promise<void> => {
    schema ??= applySchema(runner).catch((error: unknown) => {
      schema = undefined;
      throw error;
    });
    return schema;
  };
  const loadContext = {
    runner,
    batchSize,
    force: options.force ?? false,
    extractorVersion: options.extractorVersion,
    logger: options.logger,
  };

  return {
    async verify() {
      await runner.run(VERIFY);
    },
    applySchema: ensureSchema,
    async loadDocuments(docs, opts) {
      if (docs.length === 0) return emptySummary();
      await ensureSchema();
      return loadDocuments(loadContext, docs, opts);
    },
    async deleteArticle(id) {
      await ensureSchema();
      return deleteArticle(runner, id);
    },
    async stats() {
      return stats(runner);
    },
    async close() {
      await closeConnection(connection);
    },
  };
}

function checkBatchSize(value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new NewsgraphError(
      'CONFIG_INVALID',
      `batch size must be a positive integer, not ${value}`,
    );
  }
  return value;
}

/** Schema statements race when several loaders start at once; "already exists" is success. */
async function applySchema(runner: Runner): Promise<void> {
  for (const statement of loaderSchemaStatements()) {
    try {
      await runner.run(statement.cypher);
    } catch (error) {
      if (!/AlreadyExists/.test(neo4jCode((error as Error).cause))) throw error;
    }
  }
  await runner.run(AWAIT_INDEXES, { seconds: 300 });
  await backfillFullKeys(runner);
}

async function deleteArticle(runner: Runner, id: string): Promise<LoadSummary> {
  const summary = emptySummary();
  const found = await runner.read(LOADED_ARTICLES, { ids: [id] });
  if (found.length === 0) return summary;
  const counters = await runner.transact((tx) =>
    writeWithIdentities(tx, { statements: planDelete(id), articleIds: [id], people: [] }),
  );
  addCounters(summary, counters);
  summary.articles = 1;
  return summary;
}

async function stats(runner: Runner): Promise<GraphStats> {
  // Labels and types the database has never seen give no row: they start at zero.
  const out: GraphStats = {
    labels: Object.fromEntries(NODE_LABELS.map((l) => [l, 0])),
    relationships: Object.fromEntries(RELATIONSHIP_TYPES.map((t) => [t, 0])),
  };
  for (const record of await runner.read(statsQuery())) {
    const bucket = record.kind === 'label' ? out.labels : out.relationships;
    bucket[String(record.name)] = Number(record.count);
  }
  return out;
}
