import { extname } from 'node:path';
import { NewsgraphError } from '@newsgraph/graph-schema';
import type { CliContext } from '../context.js';
import { say } from '../context.js';
import { writeAtomic } from '../io/write-atomic.js';
import { renderGraph, type PictureFormat } from '../render/index.js';
import { collectDocuments } from './export.js';

export interface RenderArgs {
  inputs: string[];
  /** FILE.svg or FILE.html: the extension picks the format. */
  out: string;
  title?: string | undefined;
}

/** A picture of the documents' graph, for a look without a database. */
export async function runRender(
  ctx: CliContext,
  args: RenderArgs,
): Promise<{ out: string; articles: number; failures: number }> {
  const ext = extname(args.out).toLowerCase();
  const format: PictureFormat | undefined =
    ext === '.svg' ? 'svg' : ext === '.html' || ext === '.htm' ? 'html' : undefined;
  if (format === undefined)
    throw new NewsgraphError(
      'USAGE',
      `--out must end in .svg or .html, not ${JSON.stringify(args.out)}`,
    );
  const { docs, failures } = await collectDocuments(ctx, args.inputs);
  if (docs.length === 0) {
    throw new NewsgraphError('INPUT_EMPTY', `no valid graph document in ${args.inputs.join(' ')}`, {
      hint: failures[0]
        ? `first problem: ${failures[0].error}`
        : 'give .json or .jsonl graph documents, or folders of them',
    });
  }
  await writeAtomic(args.out, renderGraph(docs, { format, title: args.title }));
  say(
    ctx,
    `render: ${docs.length} article(s) drawn to ${args.out}, ${failures.length} input(s) failed`,
  );
  for (const f of failures)
    say(ctx, `  failed: ${f.error.startsWith(f.where) ? f.error : `${f.where}: ${f.error}`}`);
  return { out: args.out, articles: docs.length, failures: failures.length };
}
