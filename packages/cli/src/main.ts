import { describeError, isNewsgraphError, type ErrorCode } from '@newsgraph/graph-schema';
import yargs from 'yargs';
import type { CliContext } from './context.js';
import { registerBrowserStyle } from './commands/browser-style.js';
import { registerConfig } from './commands/config.js';
import { registerDelete } from './commands/delete.js';
import { registerEval } from './commands/eval-command.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerLoad } from './commands/load.js';
import { hideStdinArgs } from './commands/options.js';
import { registerQuery } from './commands/query.js';
import { registerRender } from './commands/render.js';
import { registerSchema } from './commands/schema.js';
import { registerStats } from './commands/stats.js';
import { EXIT, type CommandEnv, type RegisterCommand } from './exit-codes.js';

export { EXIT } from './exit-codes.js';

/** The commands, in the order --help lists them. */
const COMMANDS: readonly RegisterCommand[] = [
  registerExtract,
  registerLoad,
  registerIngest,
  registerSchema,
  registerStats,
  registerDelete,
  registerEval,
  registerExport,
  registerRender,
  registerQuery,
  registerBrowserStyle,
  registerConfig,
];

const USAGE_CODES: readonly ErrorCode[] = ['USAGE', 'CONFIG_INVALID'];
const USAGE_REPORTED = new Error('usage error reported');

/** Runs the CLI and returns the exit code; never calls process.exit, so tests can call it too. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  let code: number = EXIT.ok;
  const env: CommandEnv = {
    ctx,
    fail: (n) => {
      code = Math.max(code, n);
    },
  };
  const top = yargs(hideStdinArgs(argv))
    .scriptName('newsgraph')
    .usage(
      '$0 <command> [options]\n\nNews articles to a Neo4j knowledge graph with sentence-level provenance.',
    );
  const cli = COMMANDS.reduce((y, register) => register(y, env), top)
    .demandCommand(1, 'name a command')
    .strict()
    .help()
    .version(false)
    .wrap(Math.min(110, ctx.stderr.columns ?? 100))
    .fail((msg: string | undefined, err: Error | undefined) => {
      // yargs reports its own usage errors (unknown options, failed checks) as YError.
      if (err && err.name !== 'YError') throw err;
      ctx.stderr.write(
        `newsgraph: ${msg ?? err?.message ?? 'usage error'}\nRun 'newsgraph --help' for usage.\n`,
      );
      env.fail(EXIT.usage);
      // Stop here: returning would let yargs run the command's handler anyway.
      throw USAGE_REPORTED;
    });
  try {
    await cli.parseAsync();
  } catch (error) {
    if (error !== USAGE_REPORTED) env.fail(reportError(ctx, error));
  }
  return code;
}

function reportError(ctx: CliContext, error: unknown): number {
  if (isNewsgraphError(error)) {
    ctx.stderr.write(`newsgraph: ${describeError(error)}\n`);
    if (error.hint) ctx.stderr.write(`  hint: ${error.hint}\n`);
    return USAGE_CODES.includes(error.code) ? EXIT.usage : EXIT.failure;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`newsgraph: unexpected error: ${message.split('\n')[0] ?? ''}\n`);
  if (ctx.env.NEWSGRAPH_DEBUG && error instanceof Error && error.stack)
    ctx.stderr.write(`${error.stack}\n`);
  return EXIT.failure;
}
