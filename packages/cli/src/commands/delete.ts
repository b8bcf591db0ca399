import type { Argv } from 'yargs';
import type { CommandEnv } from '../exit-codes.js';
import { runDelete } from './admin.js';
import { connectionOptions } from './options.js';

/** `newsgraph delete --article ID`. */
export function registerDelete(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command(
    'delete',
    'remove an article, its facts, and the entities no other article mentions',
    (y) =>
      connectionOptions(y).option('article', {
        type: 'string',
        demandOption: true,
        describe: 'article id',
      }),
    (a) => runDelete(ctx, a),
  );
}
