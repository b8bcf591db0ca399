import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { NewsgraphError, type ValidGraphDocument } from '@newsgraph/graph-schema';
import type { Actor } from '@newsgraph/extractor';
import type { ArticleItem } from './article-item.js';
import {
  extractOne,
  fromErrorData,
  type ExtractRequest,
  type ExtractResult,
} from './extract-task.js';
import {
  WORKER_HEAP_MB,
  checkArticleLength,
  extractOnOwnThread,
  needsOwnThread,
} from './large-article.js';
import { mapOrdered } from './ordered-map.js';
import { createWorkerPool } from './worker-pool.js';

export type ExtractedItem =
  { where: string; doc: ValidGraphDocument } | { where: string; error: NewsgraphError };

export interface ExtractArticlesOptions {
  /** Extraction threads; 1 extracts in this thread (default: one per core). */
  workers?: number | undefined;
  minConfidence?: number | undefined;
  /** Actors from `--actors` files, added to the bundled table. */
  actors?: readonly Actor[] | undefined;
  /** Articles read but not yet taken by the consumer, at most (default 64 + 8 per worker). */
  maxInFlight?: number | undefined;
  /**
   * Heap of a pooled thread, MB (default WORKER_HEAP_MB); an article needing more gets a thread
   * of its own, sized to it. Tests lower it to send a modest article down that path.
   */
  workerHeapMb?: number | undefined;
}

/** Per core, leaving none idle: the loader's own work is mostly waiting on the database. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** `--workers` as given: a positive integer, or undefined for the default; a usage error otherwise. */
export function checkWorkers(value: number | undefined): number | undefined {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return value;
  throw new NewsgraphError('USAGE', `--workers must be a positive integer, not ${value}`, {
    hint: `this machine has ${availableParallelism()} cores; 1 extracts in the main thread`,
  });
}

const WORKER_SCRIPT = new URL('./extract-worker.js', import.meta.url);

/** The answer for an article whose thread died under it: that article fails alone. */
function crashed(request: ExtractRequest, error: NewsgraphError): ExtractResult {
  return {
    error: {
      code: 'INTERNAL',
      message: `extraction stopped its worker thread (${error.message}); the article may be too large`,
      where: request.where,
    },
  };
}

/**
 * Extracts and validates articles in input order, `workers` at a time, running ahead of the
 * consumer by at most `maxInFlight` articles: while the caller waits on the database, extraction
 * goes on, and memory stays bounded whatever the size of the corpus. Unreadable inputs pass
 * through as errors in their place; an article that fails extraction or validation comes out as
 * an error too. Stopping early (break, throw) ends the worker threads.
 */
export async function* extractArticles(
  items: AsyncIterable<ArticleItem>,
  options: ExtractArticlesOptions = {},
): AsyncGenerator<ExtractedItem> {
  const workers = Math.max(1, Math.floor(options.workers ?? defaultWorkers()));
  // The loader takes 200 documents per call; a window well under that keeps memory flat.
  const maxInFlight = options.maxInFlight ?? 64 + 8 * workers;
  const poolHeapMb = options.workerHeapMb ?? WORKER_HEAP_MB;
  const taskOptions = { minConfidence: options.minConfidence, actors: options.actors };
  if (workers > 1 && !existsSync(WORKER_SCRIPT)) {
    throw new NewsgraphError('INTERNAL', `no worker script at ${fileURLToPath(WORKER_SCRIPT)}`, {
      hint: 'run the built CLI (pnpm build), or pass --workers 1',
    });
  }
  const pool =
    workers > 1
      ? createWorkerPool<ExtractRequest, ExtractResult>(WORKER_SCRIPT, {
          size: workers,
          workerData: taskOptions,
          resourceLimits: { maxOldGenerationSizeMb: poolHeapMb },
          onCrash: crashed,
        })
      : undefined;
  const inThisThread = serialScheduler();
  // A long article gets a thread of its own, heap sized to it, one such thread at a time.
  const oneLong = serialQueue();
  const run = pool
    ? (request: ExtractRequest) =>
        needsOwnThread(request.text.length, poolHeapMb)
          ? oneLong(() => extractOnOwnThread(WORKER_SCRIPT, request, taskOptions, crashed))
          : pool.run(request)
    : (request: ExtractRequest) => inThisThread(() => extractOne(request, taskOptions));
  const step = async (item: ArticleItem): Promise<ExtractedItem> => {
    if ('error' in item) return item;
    const request = { where: item.where, text: item.text, meta: item.meta };
    try {
      checkArticleLength(request);
    } catch (error) {
      return { where: item.where, error: error as NewsgraphError };
    }
    const result = await run(request);
    return 'doc' in result
      ? { where: item.where, doc: result.doc }
      : { where: item.where, error: fromErrorData(result.error) };
  };
  try {
    yield* mapOrdered(items, step, { maxInFlight });
  } finally {
    await pool?.close();
  }
}

/**
 * Runs tasks one at a time, each on its own turn of the event loop: database replies are handled
 * between two extractions instead of waiting behind a whole window of them.
 */
export function serialScheduler(): <T>(fn: () => T) => Promise<T> {
  const queue: (() => void)[] = [];
  let busy = false;
  const next = (): void => {
    const task = queue.shift();
    if (task === undefined) {
      busy = false;
      return;
    }
    task();
    setImmediate(next);
  };
  return <T>(fn: () => T) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        try {
          resolve(fn());
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
      if (!busy) {
        busy = true;
        setImmediate(next);
      }
    });
}

/** Runs async tasks one after another: the next starts when the one before has settled. */
export function serialQueue(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>) => {
    const result = tail.then(fn, fn);
    tail = result.catch(() => undefined);
    return result;
  };
}
