import { describeError } from '@newsgraph/graph-schema';
import { checkWorkers, extractArticles } from '@newsgraph/parallel';
import type { Argv } from 'yargs';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { readArticles } from '../io/articles.js';
import { readActorFiles } from '../io/read-actors.js';
import { filterShard, parseShard, type Shard } from '../shard.js';
import { emptySummary, reportSummary, type RunSummary } from '../summary.js';
import { EXIT, type CommandEnv } from '../exit-codes.js';
import { withLoader } from './load.js';
import {
  ARTICLE_INPUTS,
  extractionOptions,
  inputsOf,
  inputsPositional,
  writeOptions,
} from './options.js';

export interface IngestArgs extends ConnectionFlags {
  inputs: string[];
  batchSize?: number | undefined;
  minConfidence?: number | undefined;
  /** `--actors` dictionaries in the Phoenix format; later files win. */
  actors?: string[] | undefined;
  /** Extraction threads (default one per core; 1 extracts in the main thread). */
  workers?: number | undefined;
  /** Only the articles of this shard, by a hash of their id. */
  shard?: Shard | undefined;
  dryRun: boolean;
  json: boolean;
}

/**
 * Extract and load in one pass: .txt files, JSON Lines of {text, id, title, …}, or stdin.
 * Extraction runs on worker threads, at most a bounded number of articles ahead of the loader.
 */
export async function runIngest(ctx: CliContext, args: IngestArgs): Promise<RunSummary> {
  const summary = emptySummary('ingest', args.dryRun);
  const actors = await readActorFiles(args.actors);
  await withLoader(ctx, args, summary, async (push) => {
    const articles = filterShard(readArticles(args.inputs, ctx.stdin), args.shard, (item) =>
      'error' in item ? undefined : item.meta.id,
    );
    const options = { workers: args.workers, minConfidence: args.minConfidence, actors };
    for await (const item of extractArticles(articles, options)) {
      summary.inputs += 1;
      if ('error' in item)
        summary.failures.push({ where: item.where, error: describeError(item.error) });
      else await push(item.doc);
    }
  });
  reportSummary(ctx, summary, args.json);
  return summary;
}

/** `newsgraph ingest <inputs..>`. */
export function registerIngest(cli: Argv, { ctx, fail }: CommandEnv): Argv {
  return cli.command(
    'ingest <inputs..>',
    'extract and load .txt files or JSON Lines articles ({text, id, title, url, publishedAt, source})',
    (y) =>
      extractionOptions(writeOptions(y.positional('inputs', inputsPositional(ARTICLE_INPUTS))))
        .option('workers', {
          type: 'number',
          describe: 'extraction threads (default: one per core; 1 extracts in the main thread)',
        })
        .option('shard', {
          type: 'string',
          describe: 'K/N: only the articles in shard K of N, split by a hash of the article id',
        }),
    async (a) => {
      const s = await runIngest(ctx, {
        ...a,
        inputs: inputsOf(a.inputs),
        dryRun: a.dryRun,
        workers: checkWorkers(a.workers),
        shard: a.shard === undefined ? undefined : parseShard(a.shard),
      });
      if (s.failures.length > 0) fail(EXIT.failure);
    },
  );
}
