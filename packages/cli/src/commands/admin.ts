import {
  graphDocumentJsonSchema,
  grassStyleSheet,
  schemaStatements,
} from '@newsgraph/graph-schema';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { say } from '../context.js';
import { connect } from './connect.js';

export async function runSchemaApply(
  ctx: CliContext,
  args: ConnectionFlags & { json: boolean },
): Promise<void> {
  const loader = await connect(ctx, args);
  try {
    await loader.applySchema();
  } finally {
    await loader.close();
  }
  const names = schemaStatements().map((s) => s.name);
  if (args.json) ctx.stdout.write(`${JSON.stringify({ applied: names })}\n`);
  say(ctx, `schema applied: ${names.join(', ')}`);
}

/** Prints what `schema apply` runs, the JSON Schema of graph documents, or the Browser style. */
export function runSchemaShow(ctx: CliContext, what: 'cypher' | 'json-schema' | 'grass'): void {
  if (what === 'cypher')
    ctx.stdout.write(
      schemaStatements()
        .map((s) => `${s.cypher};\n`)
        .join(''),
    );
  else if (what === 'grass') ctx.stdout.write(grassStyleSheet());
  else ctx.stdout.write(`${JSON.stringify(graphDocumentJsonSchema(), null, 2)}\n`);
}

export async function runStats(
  ctx: CliContext,
  args: ConnectionFlags & { json: boolean },
): Promise<void> {
  const loader = await connect(ctx, args);
  let stats;
  try {
    stats = await loader.stats();
  } finally {
    await loader.close();
  }
  if (args.json) {
    ctx.stdout.write(`${JSON.stringify(stats)}\n`);
    return;
  }
  const rows = [
    ...Object.entries(stats.labels).map(([k, v]) => [`(:${k})`, v] as const),
    ...Object.entries(stats.relationships).map(([k, v]) => [`[:${k}]`, v] as const),
  ];
  const width = Math.max(...rows.map(([k]) => k.length), 5);
  ctx.stdout.write(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join(''));
}

export async function runDelete(
  ctx: CliContext,
  args: ConnectionFlags & { article: string; json: boolean },
): Promise<void> {
  const loader = await connect(ctx, args);
  let summary;
  try {
    summary = await loader.deleteArticle(args.article);
  } finally {
    await loader.close();
  }
  if (args.json) ctx.stdout.write(`${JSON.stringify(summary)}\n`);
  if (summary.articles === 0)
    say(ctx, `delete: no article with id ${args.article}; nothing changed`);
  else
    say(
      ctx,
      `delete: article ${args.article} removed; nodes -${summary.nodesDeleted}, relationships -${summary.relationshipsDeleted}`,
    );
}
