import type { Argv } from 'yargs';
import type { CommandEnv } from '../exit-codes.js';
import { runConfig } from './connect.js';
import { connectionOptions } from './options.js';

/** `newsgraph config`. */
export function registerConfig(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command(
    'config',
    'show the Neo4j connection settings in effect (password hidden)',
    connectionOptions,
    (a) => runConfig(ctx, a),
  );
}
