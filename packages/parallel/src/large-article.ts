import { Worker } from 'node:worker_threads';
import { NewsgraphError } from '@newsgraph/graph-schema';
import type { ExtractRequest, ExtractResult, ExtractTaskOptions } from './extract-task.js';

/**
 * Heap of a pooled extraction thread. The extractor's live data is about 30 MB; an article adds
 * what HEAP_BYTES_PER_CHAR says, so one of up to about 8 MB of text fits. Articles needing more go
 * to a thread of their own.
 */
export const WORKER_HEAP_MB = 256;

/** Heap of an extraction thread before its article: bundled tables, code, the result's copy. */
const BASE_HEAP_MB = 64;

/**
 * Heap per character of an article: about 8.5 bytes live at the peak (the text in UTF-16, its
 * sentences, every candidate until resolution, the mentions, the document and its validated copy;
 * about 140 MB over the tables for a 16 MB text), and as much again and some for garbage. A heap near
 * what is live makes V8 collect often enough that resident memory follows the live data; a far
 * larger one (120 bytes a character until now) lets garbage grow with the text (a 16 MB text's
 * thread had a 2 GB heap, and V8 lets a heap that large grow to twice its live data before a
 * full collection).
 */
const HEAP_BYTES_PER_CHAR = 24;

/**
 * The most heap one article's thread may have. With it the longest article is about 40 M
 * characters (some 6 million words); a longer one fails alone with a one-line error before any
 * extraction.
 */
export const MAX_ARTICLE_HEAP_MB = 1024;

/** Heap one article needs (MB): what a dedicated thread for it gets. */
export function heapMbFor(chars: number): number {
  return Math.ceil(BASE_HEAP_MB + (chars * HEAP_BYTES_PER_CHAR) / 2 ** 20);
}

/** The longest article, in characters, that extracts under MAX_ARTICLE_HEAP_MB. */
export const MAX_ARTICLE_CHARS = Math.floor(
  ((MAX_ARTICLE_HEAP_MB - BASE_HEAP_MB) * 2 ** 20) / HEAP_BYTES_PER_CHAR,
);

/** True when an article is too long for a pooled thread's heap. */
export function needsOwnThread(chars: number, poolHeapMb = WORKER_HEAP_MB): boolean {
  return heapMbFor(chars) > poolHeapMb;
}

/** The heap of the thread an article is extracted on: the pool's, or one sized to it. */
export function threadHeapMb(chars: number, poolHeapMb = WORKER_HEAP_MB): number {
  return needsOwnThread(chars, poolHeapMb)
    ? Math.min(MAX_ARTICLE_HEAP_MB, heapMbFor(chars))
    : poolHeapMb;
}

/** The error for an article longer than any thread may extract; thrown before extraction. */
export function checkArticleLength(request: ExtractRequest): void {
  if (request.text.length <= MAX_ARTICLE_CHARS) return;
  const mb = (n: number): string => (n / 2 ** 20).toFixed(1);
  throw new NewsgraphError(
    'NOT_ALLOWED',
    `article of ${mb(request.text.length)} M characters is over the ${mb(MAX_ARTICLE_CHARS)} M one article may have`,
    { where: request.where, hint: 'split it into several articles (files or JSON Lines)' },
  );
}

/**
 * Extracts one long article on a thread of its own, its heap sized from the article's length,
 * then ends the thread: the memory goes back as soon as the document is out. The answer for a
 * thread that dies anyway (out of memory, a native crash) comes from `onCrash`.
 */
export function extractOnOwnThread(
  script: URL,
  request: ExtractRequest,
  workerData: ExtractTaskOptions,
  onCrash: (request: ExtractRequest, error: NewsgraphError) => ExtractResult,
): Promise<ExtractResult> {
  const heapMb = Math.min(MAX_ARTICLE_HEAP_MB, heapMbFor(request.text.length));
  const worker = new Worker(script, {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  return new Promise<ExtractResult>((resolve) => {
    let settled = false;
    const settle = (result: ExtractResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.on('message', (result: ExtractResult) => settle(result));
    worker.on('error', (error) => {
      const why = `article thread (heap ${heapMb} MB) failed: ${error.message}`;
      settle(onCrash(request, new NewsgraphError('INTERNAL', why, { cause: error })));
    });
    worker.on('exit', (code) => {
      const why = `article thread (heap ${heapMb} MB) exited (code ${code})`;
      settle(onCrash(request, new NewsgraphError('INTERNAL', why)));
    });
    worker.postMessage(request);
  });
}
