import { NewsgraphError, type ErrorCode } from '@newsgraph/graph-schema';
import { resolveEntity, runReadQuery, type Connection } from '@newsgraph/loader';
import type { Argv } from 'yargs';
import type { ConnectionFlags } from '../config.js';
import type { CliContext } from '../context.js';
import { say } from '../context.js';
import { withDatabase } from '../database.js';
import {
  browserScript,
  browserStyleCommand,
  findQuery,
  loadCookbook,
  resolveActors,
  resolveParams,
  type CookbookQuery,
  type FindEntity,
  type ParamValue,
} from '@newsgraph/cookbook';
import { formatTable } from '../cookbook/format-table.js';
import { terminalWidth } from '../cookbook/terminal-width.js';
import type { CommandEnv } from '../exit-codes.js';
import { connectionOptions } from './options.js';

export interface QueryArgs extends ConnectionFlags {
  name?: string | undefined;
  /** NAME=VALUE assignments from --param. */
  param?: string[] | undefined;
  list: boolean;
  /** Print the query for Neo4j Browser instead of running it. */
  browser: boolean;
  json: boolean;
  /** Another cookbook folder (default: the one shipped with the CLI). */
  cookbook?: string | undefined;
}

/** `newsgraph query NAME`: runs a cookbook query read-only and prints a table, or JSON with --json. */
export async function runQuery(ctx: CliContext, args: QueryArgs): Promise<{ rows: number }> {
  const queries = loadCookbook(args.cookbook);
  if (args.list) {
    if (args.json)
      ctx.stdout.write(`${JSON.stringify(queries.map(({ source: _s, ...q }) => q))}\n`);
    else ctx.stdout.write(listing(queries));
    return { rows: queries.length };
  }
  if (args.name === undefined)
    throw new NewsgraphError('USAGE', 'name a cookbook query, or give --list to see them');
  const query = findQuery(queries, args.name);
  const given = resolveParams(query, args.param ?? []);
  return withDatabase(ctx, args, async (db) => {
    const find: FindEntity = (text, labels) => resolveEntity(db(), text, { labels });
    if (args.browser) {
      ctx.stdout.write(browserScript(query, await actorsForBrowser(ctx, query, given, find)));
      return { rows: 0 };
    }
    return runCookbookQuery(ctx, args, { query, given, find, db });
  });
}

async function runCookbookQuery(
  ctx: CliContext,
  args: QueryArgs,
  run: {
    query: CookbookQuery;
    given: Record<string, ParamValue>;
    find: FindEntity;
    db: () => Connection;
  },
): Promise<{ rows: number }> {
  const { query, given, find } = run;
  const { values: params, notes } = await resolveActors(query, given, find);
  for (const note of notes) say(ctx, `${query.name}: ${note}`);
  const started = Date.now();
  const result = await runReadQuery(run.db(), query.cypher, params);
  if (args.json) {
    ctx.stdout.write(`${JSON.stringify({ query: query.name, params, ...result })}\n`);
  } else {
    ctx.stdout.write(
      formatTable(result.columns, result.rows, { width: terminalWidth(ctx.stdout, ctx.env) }),
    );
  }
  say(
    ctx,
    `${query.name}: ${result.rows.length} row(s) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  return { rows: result.rows.length };
}

/**
 * The values for Browser, actors resolved as for a run when the database answers. Browser may
 * be connected to a server this shell cannot reach: then the values go as given, with a note.
 */
async function actorsForBrowser(
  ctx: CliContext,
  query: CookbookQuery,
  given: Record<string, ParamValue>,
  find: FindEntity,
): Promise<Record<string, ParamValue>> {
  try {
    const { values, notes } = await resolveActors(query, given, find);
    for (const note of notes) say(ctx, `${query.name}: ${note}`);
    return values;
  } catch (error) {
    if (!(error instanceof NewsgraphError) || !UNREACHABLE.includes(error.code)) throw error;
    say(
      ctx,
      `${query.name}: actors not resolved (${error.message}); Browser will match them exactly`,
    );
    return given;
  }
}

const UNREACHABLE: readonly ErrorCode[] = [
  'CONNECTION_FAILED',
  'AUTH_FAILED',
  'DATABASE_NOT_FOUND',
];

function listing(queries: ReturnType<typeof loadCookbook>): string {
  return queries
    .map((q) => {
      const params = q.params.map(
        (p) =>
          `    --param ${p.name}=${p.default === null ? '' : String(p.default)}  (${p.type}) ${p.description}`,
      );
      return [`${q.name}: ${q.title}`, `    ${q.description}`, ...params].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}

/** `newsgraph browser-style`: one `:style` command that applies graph-schema's style in Neo4j Browser. */
export function runBrowserStyle(ctx: CliContext): void {
  ctx.stdout.write(browserStyleCommand());
}

/** `newsgraph query [name]`. */
export function registerQuery(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command(
    'query [name]',
    'run a cookbook query read-only and print a table (--json: JSON); --list shows the queries',
    (y) =>
      connectionOptions(y)
        .positional('name', { type: 'string', describe: 'a cookbook query, e.g. who-opposes-whom' })
        .option('param', {
          type: 'string',
          array: true,
          describe: 'NAME=VALUE, repeatable; NAME=null clears a default',
        })
        .option('list', {
          type: 'boolean',
          default: false,
          describe: 'list the cookbook queries and their parameters',
        })
        .option('browser', {
          type: 'boolean',
          default: false,
          describe: 'print the query with a :params line for Neo4j Browser instead of running it',
        })
        .option('cookbook', { type: 'string', describe: 'another folder of .cypher queries' }),
    async (a) => {
      await runQuery(ctx, a);
    },
  );
}
