import type { Argv } from 'yargs';
import type { CommandEnv } from '../exit-codes.js';
import { runSchemaApply, runSchemaShow } from './admin.js';
import { connectionOptions } from './options.js';

/** `newsgraph schema apply | schema show [what]`. */
export function registerSchema(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command('schema', 'apply or show the Neo4j schema', (y) =>
    y
      .command('apply', 'create the constraints and indexes (idempotent)', connectionOptions, (a) =>
        runSchemaApply(ctx, a),
      )
      .command(
        'show [what]',
        'print the Cypher, the graph document JSON Schema, or the Browser style sheet',
        (s) =>
          s.positional('what', {
            choices: ['cypher', 'json-schema', 'grass'] as const,
            default: 'cypher' as const,
          }),
        (a) => runSchemaShow(ctx, a.what),
      )
      .demandCommand(1, 'name a schema command: apply or show'),
  );
}
