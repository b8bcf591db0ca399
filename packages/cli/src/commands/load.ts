import { describeError, type ValidGraphDocument } from '@newsgraph/graph-schema';
import type { Loader } from '@newsgraph/loader';
import type { Argv } from 'yargs';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { readDocuments } from '../io/documents.js';
import { progressBar } from '../progress.js';
import { addLoad, emptySummary, reportSummary, type RunSummary } from '../summary.js';
import { connect } from './connect.js';
import { EXIT, type CommandEnv } from '../exit-codes.js';
import { inputsOf, inputsPositional, writeOptions } from './options.js';

export interface LoadArgs extends ConnectionFlags {
  inputs: string[];
  batchSize?: number | undefined;
  dryRun: boolean;
  json: boolean;
}

/** Articles per loader call: big enough to batch well, small enough to bound memory. */
export const DOCUMENTS_PER_CALL = 200;

/** Validates every document, then loads the valid ones in groups; bad inputs are listed. */
export async function runLoad(ctx: CliContext, args: LoadArgs): Promise<RunSummary> {
  const summary = emptySummary('load', args.dryRun);
  await withLoader(ctx, args, summary, async (flush) => {
    for await (const item of readDocuments(args.inputs, ctx.stdin)) {
      summary.inputs += 1;
      if ('error' in item)
        summary.failures.push({ where: item.where, error: describeError(item.error) });
      else await flush(item.doc);
    }
  });
  reportSummary(ctx, summary, args.json);
  return summary;
}

type Push = (doc: ValidGraphDocument) => Promise<void>;

/**
 * Runs `produce` with a function that queues documents and loads them in groups of
 * DOCUMENTS_PER_CALL (or only counts them on a dry run).
 */
export async function withLoader(
  ctx: CliContext,
  args: ConnectionFlags & { batchSize?: number | undefined; dryRun: boolean },
  summary: RunSummary,
  produce: (push: Push) => Promise<void>,
): Promise<void> {
  const started = Date.now();
  const loader: Loader | undefined = args.dryRun
    ? undefined
    : await connect(ctx, args, args.batchSize);
  const progress = progressBar(ctx, summary.command);
  let queue: ValidGraphDocument[] = [];
  const drain = async (): Promise<void> => {
    if (queue.length === 0) return;
    const docs = queue;
    queue = [];
    if (loader === undefined) summary.articles += docs.length;
    else addLoad(summary, await loader.loadDocuments(docs));
    progress.tick(summary.articles + summary.skipped + summary.failures.length);
  };
  try {
    await produce(async (doc) => {
      queue.push(doc);
      if (queue.length >= DOCUMENTS_PER_CALL) await drain();
    });
    await drain();
  } finally {
    progress.finish();
    await loader?.close();
    summary.seconds = (Date.now() - started) / 1000;
  }
}

/** `newsgraph load <inputs..>`. */
export function registerLoad(cli: Argv, { ctx, fail }: CommandEnv): Argv {
  return cli.command(
    'load <inputs..>',
    'load graph document JSON files, folders of them, or JSON Lines on stdin (-) into Neo4j',
    (y) =>
      writeOptions(
        y.positional(
          'inputs',
          inputsPositional(
            'graph document .json or .jsonl files, folders of them, or - for JSON Lines on stdin',
          ),
        ),
      ),
    async (a) => {
      const s = await runLoad(ctx, { ...a, inputs: inputsOf(a.inputs), dryRun: a.dryRun });
      if (s.failures.length > 0) fail(EXIT.failure);
    },
  );
}
