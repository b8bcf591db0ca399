import type { Argv } from 'yargs';

// yargs drops a bare '-' positional, so it travels under another name and is restored here.
const STDIN_ARG = '<stdin>';

/** argv with each '-' hidden from yargs; inputsOf restores it. */
export const hideStdinArgs = (argv: string[]): string[] =>
  argv.map((a) => (a === '-' ? STDIN_ARG : a));

export const inputsOf = (inputs: string[]): string[] =>
  inputs.map((a) => (a === STDIN_ARG ? '-' : a));

export function connectionOptions<T>(y: Argv<T>) {
  return y
    .option('uri', {
      type: 'string',
      describe:
        'Neo4j URI (default $NEO4J_URI, else the running local server, else bolt://localhost:7687)',
    })
    .option('username', { type: 'string', describe: 'user (default $NEO4J_USERNAME or neo4j)' })
    .option('password', { type: 'string', describe: 'password (prefer $NEO4J_PASSWORD)' })
    .option('database', { type: 'string', describe: 'database (default $NEO4J_DATABASE or neo4j)' })
    .option('json', {
      type: 'boolean',
      default: false,
      describe: 'print the result as JSON on stdout',
    });
}

/** A required list of inputs; `default: undefined` keeps yargs from showing "[default: []]". */
export function inputsPositional(describe: string) {
  return { type: 'string', array: true, demandOption: true, default: undefined, describe } as const;
}

export const ARTICLE_INPUTS =
  '.txt or .jsonl articles, folders of them, or - for JSON Lines on stdin';

export function writeOptions<T>(y: Argv<T>) {
  return connectionOptions(y)
    .option('batch-size', { type: 'number', describe: 'rows per UNWIND batch' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'validate without writing' });
}

/** --min-confidence and --actors, which extract and ingest share. */
export function extractionOptions<T>(y: Argv<T>) {
  return y
    .option('min-confidence', {
      type: 'number',
      describe: 'drop relations below this confidence',
    })
    .option('actors', {
      type: 'string',
      // Repeatable, but not greedy as an array option would be: it must not take the inputs.
      coerce: (v: string | string[]) => [v].flat(),
      describe: 'more actors in the Phoenix dictionary format (repeatable; later files win)',
    });
}

/** Graph documents as positional inputs, beside the connection options: export and render. */
export function graphInputsOptions<T>(y: Argv<T>) {
  return connectionOptions(y).positional('inputs', {
    type: 'string',
    array: true,
    describe: 'graph document files, folders, or - for JSON Lines on stdin (none with --from-db)',
  });
}

/** --from-db and --article: export and render read the database instead of documents. */
export function fromDbOptions<T>(y: Argv<T>, verb: string) {
  return y
    .option('from-db', {
      type: 'boolean',
      default: false,
      describe: `${verb} what the database holds instead of graph documents`,
    })
    .option('article', {
      type: 'string',
      array: true,
      describe: 'with --from-db: only this article and the entities it mentions (repeatable)',
    });
}
