import type { Argv } from 'yargs';
import type { CommandEnv } from '../exit-codes.js';
import { runBrowserStyle } from './query.js';

/** `newsgraph browser-style`. */
export function registerBrowserStyle(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command(
    'browser-style',
    'print one Neo4j Browser command (:style ...) that applies the graph style sheet',
    {},
    () => runBrowserStyle(ctx),
  );
}
