import { describeError, NewsgraphError, type ValidGraphDocument } from '@newsgraph/graph-schema';
import { chunk, groupIntoBatches, mergeBatch, splitInHalf } from './batches.js';
import { LOADED_ARTICLES } from './cypher/index.js';
import { isFatal, isMemoryLimitError } from './driver-errors.js';
import { loadWithIdentities } from './identities.js';
import { buildDocumentRows, type DocumentRows } from './rows.js';
import type { Runner } from './runner.js';
import { addCounters, emptySummary } from './summary.js';
import type { LoadProgress, LoadSummary, Logger } from './types.js';

export interface LoadContext {
  runner: Runner;
  batchSize: number;
  force: boolean;
  extractorVersion: string | undefined;
  logger: Logger | undefined;
}

/**
 * Writes documents a window at a time: looks up which are already loaded from the same document
 * (skipped unless forced), groups the rest into transactions of whole articles, and on a failed
 * transaction splits it to isolate the article at fault (or to fit the server's memory) so the
 * others still load. A lost connection or refused credentials stop the load.
 */
export async function loadDocuments(
  ctx: LoadContext,
  docs: readonly ValidGraphDocument[],
  progress: LoadProgress = {},
): Promise<LoadSummary> {
  const summary = emptySummary();
  const planned = new Map<string, string>();
  // Articles neither stored (as the look-up saw) nor written earlier in this call.
  const fresh = new Set<string>();
  let done = 0;
  const report = (n: number): void => {
    done += n;
    if (n > 0) progress.onProgress?.(done);
  };
  for (const window of chunk(docs, Math.max(100, ctx.batchSize))) {
    const rows = toRows(ctx, window, summary);
    report(window.length - rows.length);
    const loaded = ctx.force
      ? new Map<string, string>()
      : await loadedHashes(ctx.runner, rows).catch((error: unknown) => {
          throw stopped(error, done, docs.length);
        });
    const todo = rows.filter((r) => {
      const skip = !ctx.force && (planned.get(r.id) ?? loaded.get(r.id)) === r.documentHash;
      if (!ctx.force && !loaded.has(r.id) && !planned.has(r.id)) fresh.add(r.id);
      else fresh.delete(r.id);
      planned.set(r.id, r.documentHash);
      if (skip) summary.skipped += 1;
      return !skip;
    });
    report(rows.length - todo.length);
    for (const group of groupIntoBatches(todo, ctx.batchSize)) {
      try {
        await writeGroup(ctx, group, summary, fresh);
      } catch (error) {
        throw stopped(error, done, docs.length);
      }
      report(group.length);
    }
  }
  return summary;
}

/**
 * The rows of each document, validated already (the type says so: not validated twice); one
 * whose rows cannot be built is that article's failure, not the load's.
 */
function toRows(
  ctx: LoadContext,
  docs: readonly ValidGraphDocument[],
  summary: LoadSummary,
): DocumentRows[] {
  const out: DocumentRows[] = [];
  for (const doc of docs) {
    const id = doc.article.id;
    try {
      out.push(buildDocumentRows(doc, ctx.extractorVersion));
    } catch (error) {
      summary.failures.push({
        article: id,
        error: describeError(error),
      });
    }
  }
  return out;
}

async function loadedHashes(
  runner: Runner,
  rows: readonly DocumentRows[],
): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.id))];
  if (ids.length === 0) return new Map();
  const records = await runner.read(LOADED_ARTICLES, { ids });
  return new Map(records.map((r) => [String(r.id), String(r.documentHash)]));
}

/** `fresh`: articles the look-up saw unstored, written on that assumption (checked). */
async function writeGroup(
  ctx: LoadContext,
  group: DocumentRows[],
  summary: LoadSummary,
  fresh: ReadonlySet<string>,
): Promise<void> {
  try {
    const batch = mergeBatch(group);
    // A retried attempt (the assumption failed, or any transient error) checks, then clears.
    let assumeNew = group.every((d) => fresh.has(d.id));
    const counters = await ctx.runner.transact((tx) => {
      const assume = assumeNew;
      assumeNew = false;
      return loadWithIdentities(tx, batch, ctx.batchSize, assume);
    });
    addCounters(summary, counters);
    summary.articles += group.length;
    ctx.logger?.debug?.(`wrote ${group.length} article(s): ${JSON.stringify(counters)}`);
  } catch (error) {
    const err = asNewsgraphError(error);
    if (isFatal(err)) throw err;
    const memory = isMemoryLimitError(err.cause);
    if (group.length > 1) {
      ctx.logger?.[memory ? 'warn' : 'debug']?.(
        `transaction of ${group.length} articles failed (${memory ? 'server memory limit' : err.code}); splitting it`,
      );
      for (const half of splitInHalf(group)) await writeGroup(ctx, half, summary, fresh);
      return;
    }
    const id = group[0]?.id ?? '(unknown)';
    ctx.logger?.warn?.(`article ${id} not loaded: ${describeError(err)}`);
    summary.failures.push({ article: id, error: describeError(err) });
  }
}

function asNewsgraphError(error: unknown): NewsgraphError {
  return error instanceof NewsgraphError
    ? error
    : new NewsgraphError('INTERNAL', error instanceof Error ? error.message : String(error), {
        cause: error,
      });
}

/** A fatal error, saying how far the load got and that running it again finishes it. */
function stopped(error: unknown, done: number, total: number): NewsgraphError {
  const err = asNewsgraphError(error);
  return new NewsgraphError(
    err.code,
    `load stopped after ${done} of ${total} documents: ${err.message}`,
    {
      ...(err.where === undefined ? {} : { where: err.where }),
      hint: `${err.hint ? `${err.hint}; ` : ''}articles are written whole, so running the same load again finishes it (loaded ones are skipped)`,
      cause: err,
      retriable: err.retriable,
    },
  );
}
