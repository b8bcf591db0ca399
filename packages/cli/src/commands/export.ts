import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { NewsgraphError, type GraphDocument } from '@newsgraph/graph-schema';
import type { CliContext } from '../context.js';
import { say } from '../context.js';
import { exportGraph, FOLDER_FORMATS, type ExportFormat } from '../export/index.js';
import { readDocuments } from '../io/documents.js';
import { writeAtomic } from '../io/write-atomic.js';
import type { Failure } from '../summary.js';

export interface ExportArgs {
  inputs: string[];
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
    if ('error' in item) failures.push({ where: item.where, error: item.error.message });
    else docs.push(item.doc);
  }
  return { docs, failures };
}

/** Graph documents (files, folders, - for JSON Lines on stdin) merged into one export. */
export async function runExport(ctx: CliContext, args: ExportArgs): Promise<ExportResult> {
  const folder = FOLDER_FORMATS.includes(args.format);
  if (folder && args.out === undefined) {
    throw new NewsgraphError(
      'USAGE',
      `--format ${args.format} writes a folder of files: give --out DIR`,
    );
  }
  const { docs, failures } = await collectDocuments(ctx, args.inputs);
  if (docs.length === 0) {
    throw new NewsgraphError('INPUT_EMPTY', `no valid graph document in ${args.inputs.join(' ')}`, {
      hint: failures[0]
        ? `first problem: ${failures[0].error}`
        : 'give .json or .jsonl graph documents, or folders of them',
    });
  }
  const files = exportGraph(docs, args.format);
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
    articles: docs.length,
    failures,
  };
  if (args.json && args.out !== undefined) ctx.stdout.write(`${JSON.stringify(result)}\n`);
  say(
    ctx,
    `export: ${docs.length} article(s) as ${args.format} to ${result.out}${folder ? ` (${written.length} files)` : ''}, ${failures.length} input(s) failed`,
  );
  for (const f of failures)
    say(ctx, `  failed: ${f.error.startsWith(f.where) ? f.error : `${f.where}: ${f.error}`}`);
  return result;
}
