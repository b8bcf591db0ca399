import { extract } from '@newsgraph/extractor';
import { parseGraphDocument, NewsgraphError } from '@newsgraph/graph-schema';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { readArticles } from '../io/articles.js';
import { emptySummary, reportSummary, type RunSummary } from '../summary.js';
import { withLoader } from './load.js';

export interface IngestArgs extends ConnectionFlags {
  inputs: string[];
  batchSize?: number | undefined;
  minConfidence?: number | undefined;
  dryRun: boolean;
  json: boolean;
}

/** Extract and load in one pass: .txt files, JSON Lines of {text, id, title, …}, or stdin. */
export async function runIngest(ctx: CliContext, args: IngestArgs): Promise<RunSummary> {
  const summary = emptySummary('ingest', args.dryRun);
  await withLoader(ctx, args, summary, async (push) => {
    for await (const item of readArticles(args.inputs, ctx.stdin)) {
      summary.inputs += 1;
      if ('error' in item) {
        summary.failures.push({ where: item.where, error: item.error.message });
        continue;
      }
      try {
        const doc = extract(item.text, item.meta, { minConfidence: args.minConfidence ?? 0 });
        await push(parseGraphDocument(doc, item.where));
      } catch (error) {
        if (!(error instanceof NewsgraphError) || error.code !== 'SCHEMA_VIOLATION') throw error;
        summary.failures.push({ where: item.where, error: error.message });
      }
    }
  });
  reportSummary(ctx, summary, args.json);
  return summary;
}
