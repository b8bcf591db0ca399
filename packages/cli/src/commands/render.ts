import { extname } from 'node:path';
import { NewsgraphError } from '@newsgraph/graph-schema';
import type { Argv } from 'yargs';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { say } from '../context.js';
import { writeAtomic } from '../io/write-atomic.js';
import { renderMergedGraph, type PictureFormat } from '@newsgraph/exports';
import { EXIT, type CommandEnv } from '../exit-codes.js';
import { databaseGraph, documentGraph } from './export.js';
import { fromDbOptions, graphInputsOptions, inputsOf } from './options.js';

export interface RenderArgs extends ConnectionFlags {
  /** Graph document files, folders or '-'; none with fromDb. */
  inputs: string[];
  /** FILE.svg or FILE.html: the extension picks the format. */
  out: string;
  title?: string | undefined;
  /** Draw what the database holds instead of graph documents. */
  fromDb?: boolean | undefined;
  /** With fromDb: only these articles (and the entities they mention). */
  article?: string[] | undefined;
  /** Draw entities that take part in no fact too. */
  isolated?: boolean | undefined;
}

/** A picture of the documents' (or the database's) graph, for a look without Browser. */
export async function runRender(
  ctx: CliContext,
  args: RenderArgs,
): Promise<{ out: string; articles: number; failures: number }> {
  const format = checkUsage(args);
  const { graph, failures } = args.fromDb
    ? await databaseGraph(ctx, args)
    : await documentGraph(ctx, args.inputs);
  await writeAtomic(
    args.out,
    renderMergedGraph(graph, { format, title: args.title, isolated: args.isolated }),
  );
  say(
    ctx,
    `render: ${graph.articles.length} article(s)${args.fromDb ? ' from the database' : ''} drawn to ${args.out}, ${failures.length} input(s) failed`,
  );
  for (const f of failures)
    say(ctx, `  failed: ${f.error.startsWith(f.where) ? f.error : `${f.where}: ${f.error}`}`);
  return { out: args.out, articles: graph.articles.length, failures: failures.length };
}

function checkUsage(args: RenderArgs): PictureFormat {
  const usage = (message: string): NewsgraphError => new NewsgraphError('USAGE', message);
  const ext = extname(args.out).toLowerCase();
  const format: PictureFormat | undefined =
    ext === '.svg' ? 'svg' : ext === '.html' || ext === '.htm' ? 'html' : undefined;
  if (format === undefined)
    throw usage(`--out must end in .svg or .html, not ${JSON.stringify(args.out)}`);
  if (args.fromDb && args.inputs.length > 0)
    throw usage('--from-db draws the database: give it no graph documents');
  if (!args.fromDb && args.inputs.length === 0)
    throw usage('give graph documents (files, folders, or - for stdin), or --from-db');
  if (!args.fromDb && (args.article?.length ?? 0) > 0)
    throw usage('--article picks articles in the database: use it with --from-db');
  return format;
}

/** `newsgraph render [inputs..] --out FILE`. */
export function registerRender(cli: Argv, { ctx, fail }: CommandEnv): Argv {
  return cli.command(
    'render [inputs..]',
    'draw the graph of graph documents, or with --from-db the database, as an SVG or a self-contained HTML page',
    (y) =>
      fromDbOptions(
        graphInputsOptions(y)
          .option('out', { type: 'string', demandOption: true, describe: 'FILE.svg or FILE.html' })
          .option('title', {
            type: 'string',
            describe: 'the title (default: the article title, or a count of articles)',
          }),
        'draw',
      ).option('isolated', {
        type: 'boolean',
        default: false,
        describe: 'also draw entities that take part in no fact',
      }),
    async (a) => {
      const r = await runRender(ctx, {
        inputs: inputsOf(a.inputs ?? []),
        out: a.out,
        title: a.title,
        fromDb: a.fromDb,
        article: a.article,
        isolated: a.isolated,
        uri: a.uri,
        username: a.username,
        password: a.password,
        database: a.database,
      });
      if (r.failures > 0) fail(EXIT.failure);
    },
  );
}
