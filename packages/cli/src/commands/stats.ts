import type { Argv } from 'yargs';
import type { CommandEnv } from '../exit-codes.js';
import { runStats } from './admin.js';
import { connectionOptions } from './options.js';

/** `newsgraph stats`. */
export function registerStats(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command(
    'stats',
    'count nodes by label and relationships by type',
    connectionOptions,
    (a) => runStats(ctx, a),
  );
}
