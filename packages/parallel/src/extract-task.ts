import { extract, type Actor, type ArticleMeta } from '@newsgraph/extractor';
import {
  ERROR_CODES,
  NewsgraphError,
  parseGraphDocument,
  type ErrorCode,
  type ValidGraphDocument,
} from '@newsgraph/graph-schema';

/** One article to extract; plain data, so it crosses to a worker thread by structured clone. */
export interface ExtractRequest {
  where: string;
  text: string;
  meta: ArticleMeta;
}

export interface ExtractTaskOptions {
  minConfidence?: number | undefined;
  /** Actors from `--actors` files, added to the bundled table. */
  actors?: readonly Actor[] | undefined;
}

/** An error as plain data: a worker thread's errors lose their class on the way back. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
  where?: string;
  hint?: string;
}

export type ExtractResult = { doc: ValidGraphDocument } | { error: ErrorData };

/**
 * Extracts and validates one article. Validation happens here, not in the main thread, so it is
 * spread over the workers too. Whatever goes wrong with one article is that article's failure
 * (an extractor bug on odd input included): the rest of the corpus still loads.
 */
export function extractOne(request: ExtractRequest, options: ExtractTaskOptions): ExtractResult {
  try {
    const doc = extract(request.text, request.meta, {
      minConfidence: options.minConfidence ?? 0,
      ...(options.actors ? { actors: options.actors } : {}),
    });
    return { doc: parseGraphDocument(doc, request.where) };
  } catch (error) {
    return { error: toErrorData(error, request.where) };
  }
}

export function toErrorData(error: unknown, where: string): ErrorData {
  if (error instanceof NewsgraphError) {
    const data: ErrorData = { code: error.code, message: error.message };
    data.where = error.where ?? where;
    if (error.hint !== undefined) data.hint = error.hint;
    return data;
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `extraction failed: ${message}`, where };
}

export function fromErrorData(data: ErrorData): NewsgraphError {
  const code = (ERROR_CODES as readonly string[]).includes(data.code) ? data.code : 'INTERNAL';
  return new NewsgraphError(code, data.message, {
    ...(data.where === undefined ? {} : { where: data.where }),
    ...(data.hint === undefined ? {} : { hint: data.hint }),
  });
}
