import { mkdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { extract } from '@newsgraph/extractor';
import { describeError } from '@newsgraph/graph-schema';
import type { Argv } from 'yargs';
import type { CliContext } from '../context.js';
import { readArticles } from '../io/articles.js';
import { readActorFiles } from '../io/read-actors.js';
import { writeAtomic } from '../io/write-atomic.js';
import { progressBar } from '../progress.js';
import { emptySummary, reportSummary, type RunSummary } from '../summary.js';
import { EXIT, type CommandEnv } from '../exit-codes.js';
import { ARTICLE_INPUTS, extractionOptions, inputsOf, inputsPositional } from './options.js';

export interface ExtractArgs {
  inputs: string[];
  out?: string | undefined;
  minConfidence?: number | undefined;
  /** `--actors` dictionaries in the Phoenix format; later files win. */
  actors?: string[] | undefined;
  json: boolean;
}

/**
 * One input and no --out: the document on stdout. Several and no --out: JSON Lines on stdout.
 * With --out: DIR/<name>.json per input. Failures are listed at the end.
 */
export async function runExtract(ctx: CliContext, args: ExtractArgs): Promise<RunSummary> {
  const started = Date.now();
  const actors = await readActorFiles(args.actors);
  const summary = emptySummary('extract', false);
  if (args.out !== undefined) await mkdir(args.out, { recursive: true });
  const progress = progressBar(ctx, 'extract');
  const single =
    args.inputs.length === 1 && args.inputs[0] !== '-' && extname(args.inputs[0] ?? '') === '.txt';
  for await (const item of readArticles(args.inputs, ctx.stdin)) {
    summary.inputs += 1;
    if ('error' in item) {
      summary.failures.push({ where: item.where, error: describeError(item.error) });
      continue;
    }
    const doc = extract(item.text, item.meta, {
      minConfidence: args.minConfidence ?? 0,
      ...(actors ? { actors } : {}),
    });
    if (args.out !== undefined) {
      await writeAtomic(
        join(args.out, `${outputName(item.where, doc.article.id)}.json`),
        `${JSON.stringify(doc, null, 2)}\n`,
      );
    } else {
      ctx.stdout.write(single ? `${JSON.stringify(doc, null, 2)}\n` : `${JSON.stringify(doc)}\n`);
    }
    summary.articles += 1;
    progress.tick(summary.inputs);
  }
  progress.finish();
  summary.seconds = (Date.now() - started) / 1000;
  if (args.out !== undefined || summary.failures.length > 0 || args.json)
    reportSummary(ctx, summary, args.json && args.out !== undefined);
  return summary;
}

function outputName(where: string, id: string): string {
  return extname(where) === '.txt' ? basename(where, '.txt') : id.replace(/[^\w.-]+/g, '-');
}

/** `newsgraph extract <inputs..>`. */
export function registerExtract(cli: Argv, { ctx, fail }: CommandEnv): Argv {
  return cli.command(
    'extract <inputs..>',
    'extract graph documents from .txt (or .jsonl) articles',
    (y) =>
      extractionOptions(
        y.positional('inputs', inputsPositional(ARTICLE_INPUTS)).option('out', {
          type: 'string',
          describe: 'write DIR/<name>.json per input instead of stdout',
        }),
      ).option('json', {
        type: 'boolean',
        default: false,
        describe: 'with --out: print the summary as JSON',
      }),
    async (a) => {
      const s = await runExtract(ctx, {
        inputs: inputsOf(a.inputs),
        out: a.out,
        minConfidence: a.minConfidence,
        actors: a.actors,
        json: a.json,
      });
      if (s.failures.length > 0) fail(EXIT.failure);
    },
  );
}
