import { describeError, isNewsgraphError, type ErrorCode } from '@newsgraph/graph-schema';
import yargs, { type Argv } from 'yargs';
import type { CliContext } from './context.js';
import { runDelete, runSchemaApply, runSchemaShow, runStats } from './commands/admin.js';
import { runConfig } from './commands/connect.js';
import { runEval } from './commands/eval.js';
import { runExport } from './commands/export.js';
import { runExtract } from './commands/extract.js';
import { runIngest } from './commands/ingest.js';
import { runLoad } from './commands/load.js';
import { runBrowserStyle, runQuery } from './commands/query.js';
import { runRender } from './commands/render.js';
import { EXPORT_FORMATS } from './export/index.js';
import { checkWorkers } from './parallel/index.js';
import { parseShard } from './shard.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

// yargs drops a bare '-' positional, so it travels under another name and is restored here.
const STDIN_ARG = '<stdin>';
const inputsOf = (inputs: string[]): string[] => inputs.map((a) => (a === STDIN_ARG ? '-' : a));

const USAGE_CODES: readonly ErrorCode[] = ['USAGE', 'CONFIG_INVALID'];
const USAGE_REPORTED = new Error('usage error reported');

function connectionOptions<T>(y: Argv<T>) {
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
function inputsPositional(describe: string) {
  return { type: 'string', array: true, demandOption: true, default: undefined, describe } as const;
}

function writeOptions<T>(y: Argv<T>) {
  return connectionOptions(y)
    .option('batch-size', { type: 'number', describe: 'rows per UNWIND batch' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'validate without writing' });
}

/** Runs the CLI and returns the exit code; never calls process.exit, so tests can call it too. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  let code: number = EXIT.ok;
  const fail = (n: number): void => {
    code = Math.max(code, n);
  };
  const cli = yargs(argv.map((a) => (a === '-' ? STDIN_ARG : a)))
    .scriptName('newsgraph')
    .usage(
      '$0 <command> [options]\n\nNews articles to a Neo4j knowledge graph with sentence-level provenance.',
    )
    .command(
      'extract <inputs..>',
      'extract graph documents from .txt (or .jsonl) articles',
      (y) =>
        y
          .positional(
            'inputs',
            inputsPositional(
              '.txt or .jsonl articles, folders of them, or - for JSON Lines on stdin',
            ),
          )
          .option('out', {
            type: 'string',
            describe: 'write DIR/<name>.json per input instead of stdout',
          })
          .option('min-confidence', {
            type: 'number',
            describe: 'drop relations below this confidence',
          })
          .option('actors', {
            type: 'string',
            // Repeatable, but not greedy as an array option would be: it must not take the inputs.
            coerce: (v: string | string[]) => [v].flat(),
            describe: 'more actors in the Phoenix dictionary format (repeatable; later files win)',
          })
          .option('json', {
            type: 'boolean',
            default: false,
            describe: 'with --out: print the summary as JSON',
          }),
      async (a) => {
        const s = await runExtract(ctx, {
          inputs: inputsOf(a.inputs),
          out: a.out,
          minConfidence: a.minConfidence,
          actors: a.actors,
          json: a.json,
        });
        if (s.failures.length > 0) fail(EXIT.failure);
      },
    )
    .command(
      'load <inputs..>',
      'load graph document JSON files, folders of them, or JSON Lines on stdin (-) into Neo4j',
      (y) =>
        writeOptions(
          y.positional(
            'inputs',
            inputsPositional(
              'graph document .json or .jsonl files, folders of them, or - for JSON Lines on stdin',
            ),
          ),
        ),
      async (a) => {
        const s = await runLoad(ctx, { ...a, inputs: inputsOf(a.inputs), dryRun: a.dryRun });
        if (s.failures.length > 0) fail(EXIT.failure);
      },
    )
    .command(
      'ingest <inputs..>',
      'extract and load .txt files or JSON Lines articles ({text, id, title, url, publishedAt, source})',
      (y) =>
        writeOptions(
          y.positional(
            'inputs',
            inputsPositional(
              '.txt or .jsonl articles, folders of them, or - for JSON Lines on stdin',
            ),
          ),
        )
          .option('min-confidence', {
            type: 'number',
            describe: 'drop relations below this confidence',
          })
          .option('actors', {
            type: 'string',
            // Repeatable, but not greedy as an array option would be: it must not take the inputs.
            coerce: (v: string | string[]) => [v].flat(),
            describe: 'more actors in the Phoenix dictionary format (repeatable; later files win)',
          })
          .option('workers', {
            type: 'number',
            describe: 'extraction threads (default: one per core; 1 extracts in the main thread)',
          })
          .option('shard', {
            type: 'string',
            describe: 'K/N: only the articles in shard K of N, split by a hash of the article id',
          }),
      async (a) => {
        const s = await runIngest(ctx, {
          ...a,
          inputs: inputsOf(a.inputs),
          dryRun: a.dryRun,
          workers: checkWorkers(a.workers),
          shard: a.shard === undefined ? undefined : parseShard(a.shard),
        });
        if (s.failures.length > 0) fail(EXIT.failure);
      },
    )
    .command('schema', 'apply or show the Neo4j schema', (y) =>
      y
        .command(
          'apply',
          'create the constraints and indexes (idempotent)',
          connectionOptions,
          (a) => runSchemaApply(ctx, a),
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
    )
    .command('stats', 'count nodes by label and relationships by type', connectionOptions, (a) =>
      runStats(ctx, a),
    )
    .command(
      'delete',
      'remove an article, its facts, and the entities no other article mentions',
      (y) =>
        connectionOptions(y).option('article', {
          type: 'string',
          demandOption: true,
          describe: 'article id',
        }),
      (a) => runDelete(ctx, a),
    )
    .command(
      'eval',
      'score extraction against gold graphs (--gold), CoNLL-2003 NER (--conll) or stance sentences (--stance)',
      (y) =>
        y
          .option('gold', {
            type: 'string',
            describe: 'folder of *.gold.json with their .txt articles',
          })
          .option('pred', {
            type: 'string',
            describe: 'folder of predicted graph documents (default: extract now)',
          })
          .option('conll', { type: 'string', describe: 'a CoNLL-2003 file' })
          .option('polnear', {
            type: 'string',
            describe: 'a PolNeAR folder (text/, attributions/): direct quotes and speakers',
          })
          .option('stance', {
            type: 'string',
            describe: 'a directed-stance file: sentence with [entity] markers, p, q, label 0-4',
          })
          .option('dwie', { type: 'string', describe: 'a folder of DWIE JSON articles' })
          .option('ner', {
            choices: ['tagger', 'extractor', 'rules'] as const,
            default: 'tagger' as const,
            describe:
              'with --conll: score the sequence tagger, the extractor (rules and tagger) or the rules alone',
          })
          .option('verbose', {
            type: 'boolean',
            default: false,
            describe: 'list misses and false positives',
          })
          .option('json', { type: 'boolean', default: false }),
      (a) => runEval(ctx, a),
    )
    .command(
      'export [inputs..]',
      'export graph documents, or with --from-db the database, as GraphML, GEXF, graphology JSON, a Cypher script, CSV, or neo4j-admin import files',
      (y) =>
        connectionOptions(y)
          .positional('inputs', {
            type: 'string',
            array: true,
            describe:
              'graph document files, folders, or - for JSON Lines on stdin (none with --from-db)',
          })
          .option('from-db', {
            type: 'boolean',
            default: false,
            describe: 'export what the database holds instead of graph documents',
          })
          .option('article', {
            type: 'string',
            array: true,
            describe: 'with --from-db: only this article and the entities it mentions (repeatable)',
          })
          .option('format', {
            choices: EXPORT_FORMATS,
            demandOption: true,
            describe: 'what to write',
          })
          .option('out', {
            type: 'string',
            describe: 'a file (default: stdout); a folder for csv and neo4j-admin',
          }),
      async (a) => {
        const r = await runExport(ctx, {
          inputs: inputsOf(a.inputs ?? []),
          format: a.format,
          out: a.out,
          json: a.json,
          fromDb: a.fromDb,
          article: a.article,
          uri: a.uri,
          username: a.username,
          password: a.password,
          database: a.database,
        });
        if (r.failures.length > 0) fail(EXIT.failure);
      },
    )
    .command(
      'render [inputs..]',
      'draw the graph of graph documents, or with --from-db the database, as an SVG or a self-contained HTML page',
      (y) =>
        connectionOptions(y)
          .positional('inputs', {
            type: 'string',
            array: true,
            describe:
              'graph document files, folders, or - for JSON Lines on stdin (none with --from-db)',
          })
          .option('out', { type: 'string', demandOption: true, describe: 'FILE.svg or FILE.html' })
          .option('title', {
            type: 'string',
            describe: 'the title (default: the article title, or a count of articles)',
          })
          .option('from-db', {
            type: 'boolean',
            default: false,
            describe: 'draw what the database holds instead of graph documents',
          })
          .option('article', {
            type: 'string',
            array: true,
            describe: 'with --from-db: only this article and the entities it mentions (repeatable)',
          })
          .option('isolated', {
            type: 'boolean',
            default: false,
            describe: 'also draw entities that take part in no fact',
          }),
      async (a) => {
        const r = await runRender(ctx, {
          inputs: inputsOf(a.inputs ?? []),
          out: a.out,
          title: a.title,
          fromDb: a.fromDb,
          article: a.article,
          isolated: a.isolated,
          uri: a.uri,
          username: a.username,
          password: a.password,
          database: a.database,
        });
        if (r.failures > 0) fail(EXIT.failure);
      },
    )
    .command(
      'query [name]',
      'run a cookbook query read-only and print a table (--json: JSON); --list shows the queries',
      (y) =>
        connectionOptions(y)
          .positional('name', {
            type: 'string',
            describe: 'a cookbook query, e.g. who-opposes-whom',
          })
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
    )
    .command(
      'browser-style',
      'print one Neo4j Browser command (:style ...) that applies the graph style sheet',
      {},
      () => runBrowserStyle(ctx),
    )
    .command(
      'config',
      'show the Neo4j connection settings in effect (password hidden)',
      connectionOptions,
      (a) => runConfig(ctx, a),
    )
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
      fail(EXIT.usage);
      // Stop here: returning would let yargs run the command's handler anyway.
      throw USAGE_REPORTED;
    });
  try {
    await cli.parseAsync();
  } catch (error) {
    if (error !== USAGE_REPORTED) fail(reportError(ctx, error));
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
