import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describeError, NewsgraphError, type GraphDocument } from '@newsgraph/graph-schema';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { say } from '../context.js';
import { withDatabase } from '../database.js';
import {
  EXPORT_FORMATS,
  exportMergedGraph,
  FOLDER_FORMATS,
  mergeDocuments,
  missingArticles,
  readDatabaseGraph,
  type ExportFormat,
  type MergedGraph,
} from '@newsgraph/exports';
import type { Argv } from 'yargs';
import { readDocuments } from '../io/documents.js';
import { writeAtomic } from '../io/write-atomic.js';
import type { Failure } from '../summary.js';
import { EXIT, type CommandEnv } from '../exit-codes.js';
import { fromDbOptions, graphInputsOptions, inputsOf } from './options.js';

export interface ExportArgs extends ConnectionFlags {
  /** Graph document files, folders or '-'; none with fromDb. */
  inputs: string[];
  /** Export what the database holds instead of graph documents. */
  fromDb?: boolean | undefined;
  /** With fromDb: only these articles (and the entities they mention). */
  article?: string[] | undefined;
  format: ExportFormat;
  /** A file for one-file formats (stdout when absent), a folder for csv and neo4j-admin. */
  out?: string | undefined;
  json: boolean;
}

export interface ExportResult {
  format: ExportFormat;
  out: string;
  files: string[];
  articles: number;
  failures: Failure[];
}

/** Every valid document in the inputs; the bad ones are listed, not fatal. */
export async function collectDocuments(
  ctx: CliContext,
  inputs: readonly string[],
): Promise<{ docs: GraphDocument[]; failures: Failure[] }> {
  const docs: GraphDocument[] = [];
  const failures: Failure[] = [];
  for await (const item of readDocuments(inputs, ctx.stdin)) {
    if ('error' in item) failures.push({ where: item.where, error: describeError(item.error) });
    else docs.push(item.doc);
  }
  return { docs, failures };
}

/**
 * Graph documents (files, folders, - for JSON Lines on stdin) merged into one export, or with
 * fromDb the graph the database holds.
 */
export async function runExport(ctx: CliContext, args: ExportArgs): Promise<ExportResult> {
  const folder = FOLDER_FORMATS.includes(args.format);
  checkUsage(args, folder);
  const { graph, failures } = args.fromDb
    ? await databaseGraph(ctx, args)
    : await documentGraph(ctx, args.inputs);
  const files = exportMergedGraph(graph, args.format);
  const written: string[] = [];
  if (args.out === undefined) {
    for (const file of files) ctx.stdout.write(file.content);
  } else {
    for (const file of files) {
      const path = file.path === '' ? args.out : join(args.out, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeAtomic(path, file.content);
      written.push(path);
    }
  }
  const result: ExportResult = {
    format: args.format,
    out: args.out ?? '-',
    files: written,
    articles: graph.articles.length,
    failures,
  };
  if (args.json && args.out !== undefined) ctx.stdout.write(`${JSON.stringify(result)}\n`);
  say(ctx, exportSummaryLine(result, { fromDb: args.fromDb ?? false, folder }));
  for (const f of failures)
    say(ctx, `  failed: ${f.error.startsWith(f.where) ? f.error : `${f.where}: ${f.error}`}`);
  return result;
}

/** What export did, in one line; inputs that failed only where there were inputs. */
export function exportSummaryLine(
  result: ExportResult,
  how: { fromDb: boolean; folder: boolean },
): string {
  const files = how.folder ? ` (${result.files.length} files)` : '';
  const head = `export: ${result.articles} article(s)${how.fromDb ? ' from the database' : ''} as ${result.format} to ${result.out}${files}`;
  if (how.fromDb)
    return result.failures.length === 0
      ? head
      : `${head}, ${result.failures.length} asked-for article(s) not in the database`;
  return `${head}, ${result.failures.length} input(s) failed`;
}

function checkUsage(args: ExportArgs, folder: boolean): void {
  const usage = (message: string): NewsgraphError => new NewsgraphError('USAGE', message);
  if (folder && args.out === undefined) {
    throw usage(`--format ${args.format} writes a folder of files: give --out DIR`);
  }
  if (args.fromDb && args.inputs.length > 0) {
    throw usage('--from-db exports the database: give it no graph documents');
  }
  if (!args.fromDb && args.inputs.length === 0) {
    throw usage('give graph documents (files, folders, or - for stdin), or --from-db');
  }
  if (!args.fromDb && (args.article?.length ?? 0) > 0) {
    throw usage('--article picks articles in the database: use it with --from-db');
  }
}

/** The documents merged; none valid is an error naming the first problem. */
export async function documentGraph(
  ctx: CliContext,
  inputs: readonly string[],
): Promise<{ graph: MergedGraph; failures: Failure[] }> {
  const { docs, failures } = await collectDocuments(ctx, inputs);
  if (docs.length === 0) {
    throw new NewsgraphError('INPUT_EMPTY', `no valid graph document in ${inputs.join(' ')}`, {
      hint: failures[0]
        ? `first problem: ${failures[0].error}`
        : 'give .json or .jsonl graph documents, or folders of them',
    });
  }
  return { graph: mergeDocuments(docs), failures };
}

/** The database's graph; an --article it does not hold is a failure, as a bad input file is. */
export async function databaseGraph(
  ctx: CliContext,
  args: ConnectionFlags & { article?: string[] | undefined },
): Promise<{ graph: MergedGraph; failures: Failure[] }> {
  const asked = args.article ?? [];
  const graph = await withDatabase(ctx, args, (db) =>
    readDatabaseGraph(db(), {
      ...(asked.length > 0 ? { articles: asked } : {}),
      logger: { warn: (message) => say(ctx, `warning: ${message}`) },
    }),
  );
  const failures = missingArticles(graph, asked).map((id) => ({
    where: `article ${id}`,
    error: `article ${id} is not in the database`,
  }));
  if (graph.articles.length === 0) {
    throw new NewsgraphError(
      'INPUT_EMPTY',
      asked.length > 0
        ? `none of the articles ${asked.join(', ')} is in the database`
        : 'the database holds no article',
      { hint: 'load graph documents first (newsgraph load), or check --uri and --database' },
    );
  }
  return { graph, failures };
}

/** `newsgraph export [inputs..] --format F`. */
export function registerExport(cli: Argv, { ctx, fail }: CommandEnv): Argv {
  return cli.command(
    'export [inputs..]',
    'export graph documents, or with --from-db the database, as GraphML, GEXF, graphology JSON, a Cypher script, CSV, or neo4j-admin import files',
    (y) =>
      fromDbOptions(graphInputsOptions(y), 'export')
        .option('format', {
          choices: EXPORT_FORMATS,
          demandOption: true,
          describe: 'what to write',
        })
        .option('out', {
          type: 'string',
          describe: 'a file (default: stdout); a folder for csv and neo4j-admin',
        }),
    async (a) => {
      const r = await runExport(ctx, {
        inputs: inputsOf(a.inputs ?? []),
        format: a.format,
        out: a.out,
        json: a.json,
        fromDb: a.fromDb,
        article: a.article,
        uri: a.uri,
        username: a.username,
        password: a.password,
        database: a.database,
      });
      if (r.failures.length > 0) fail(EXIT.failure);
    },
  );
}
