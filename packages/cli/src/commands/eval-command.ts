import type { Argv } from 'yargs';
import type { CommandEnv } from '../exit-codes.js';
import { runEval } from './eval.js';

function evalOptions<T>(y: Argv<T>) {
  return y
    .option('gold', { type: 'string', describe: 'folder of *.gold.json with their .txt articles' })
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
    .option('stance-train', {
      type: 'string',
      describe:
        'with --stance: the training split; sentences it repeats are also scored apart from the rest',
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
    .option('json', { type: 'boolean', default: false });
}

/**
 * `newsgraph eval`: its builder lives here, beside runEval's file (commands/eval.ts), while the
 * scoring library moves to its own package.
 */
export function registerEval(cli: Argv, { ctx }: CommandEnv): Argv {
  return cli.command(
    'eval',
    'score extraction against gold graphs (--gold), CoNLL-2003 NER (--conll) or stance sentences (--stance)',
    evalOptions,
    (a) => runEval(ctx, a),
  );
}
