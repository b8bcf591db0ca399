import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { analyze, extract, extractRelations } from '@newsgraph/extractor';
import { NewsgraphError } from '@newsgraph/graph-schema';
import { validateDocument } from '@newsgraph/loader';
import type { CliContext } from '../context.js';
import {
  formatConllReport,
  formatEvalReport,
  formatPolnearReport,
  formatStanceReport,
  mentionsToNer,
  parseGold,
  readConll,
  readStance,
  scoreConll,
  scoreCorpus,
  scoreStance,
  sequenceTaggerNer,
  type ScoredPair,
} from '@newsgraph/evaluation';
import { evalDwie } from '../io/dwie-folder.js';
import { parseJson } from '../io/jsonl.js';
import { scorePolnearDir } from '../io/polnear-folder.js';
import { readText } from '../io/read-text.js';

export interface EvalArgs {
  gold?: string | undefined;
  pred?: string | undefined;
  conll?: string | undefined;
  polnear?: string | undefined;
  stance?: string | undefined;
  dwie?: string | undefined;
  /**
   * What --conll scores: the trained sequence tagger (default), the extractor's mentions (rules
   * with the tagger's proposals) or the rules' mentions alone.
   */
  ner?: 'tagger' | 'extractor' | 'rules' | undefined;
  verbose: boolean;
  json: boolean;
}

export async function runEval(ctx: CliContext, args: EvalArgs): Promise<void> {
  const modes = [args.gold, args.conll, args.polnear, args.stance, args.dwie];
  if (modes.filter((a) => a !== undefined).length !== 1) {
    throw new NewsgraphError(
      'USAGE',
      'give exactly one of --gold DIR, --conll FILE, --polnear DIR, --stance FILE or --dwie DIR',
    );
  }
  if (args.dwie !== undefined) {
    ctx.stdout.write(await evalDwie(args.dwie, args));
    return;
  }
  if (args.conll !== undefined) return runConll(ctx, args.conll, args);
  if (args.polnear !== undefined) {
    const score = await scorePolnearDir(args.polnear, (text) => analyze(text));
    ctx.stdout.write(
      args.json ? `${JSON.stringify(score)}\n` : formatPolnearReport(score, args.verbose),
    );
    return;
  }
  if (args.stance !== undefined) return runStance(ctx, args, args.stance);
  const pairs = await goldPairs(args.gold ?? '.', args.pred);
  const result = scoreCorpus(pairs);
  ctx.stdout.write(
    args.json ? `${JSON.stringify(result)}\n` : formatEvalReport(result, { verbose: args.verbose }),
  );
}

/** Each `NAME.gold.json` with its prediction: `PRED/NAME.json`, or NAME.txt extracted now. */
async function goldPairs(goldDir: string, predDir: string | undefined): Promise<ScoredPair[]> {
  let names: string[];
  try {
    names = (await readdir(goldDir)).filter((n) => n.endsWith('.gold.json')).sort();
  } catch (cause) {
    throw new NewsgraphError('INPUT_UNREADABLE', 'cannot read the gold folder', {
      where: goldDir,
      cause,
    });
  }
  if (names.length === 0)
    throw new NewsgraphError('INPUT_EMPTY', 'no *.gold.json files', { where: goldDir });
  const pairs: ScoredPair[] = [];
  for (const name of names) {
    const path = join(goldDir, name);
    const gold = parseGold(await readJson(path), path);
    const id = basename(gold.article, '.txt');
    const predicted =
      predDir === undefined
        ? extract(await readText(join(goldDir, gold.article)), { id })
        : validateDocument(
            await readJson(join(predDir, `${id}.json`)),
            join(predDir, `${id}.json`),
          );
    pairs.push({ gold, predicted });
  }
  return pairs;
}

async function readJson(path: string): Promise<unknown> {
  const parsed = parseJson(await readText(path), path);
  if ('error' in parsed) throw parsed.error;
  return parsed.value;
}

async function runConll(ctx: CliContext, path: string, args: EvalArgs): Promise<void> {
  const docs = readConll(await readText(path), path);
  // CoNLL tags demonyms ("French") MISC; the graph keeps them as mentions of their state.
  const mentions =
    (tagger: boolean) =>
    (text: string): ReturnType<typeof mentionsToNer> =>
      mentionsToNer(
        analyze(text, { headline: false, tagger }).mentions.filter((m) => m.kind !== 'demonym'),
      );
  const ner = args.ner ?? 'tagger';
  const score = scoreConll(
    docs,
    ner === 'tagger' ? sequenceTaggerNer : mentions(ner === 'extractor'),
  );
  ctx.stdout.write(args.json ? `${JSON.stringify(score)}\n` : formatConllReport(score));
}

async function runStance(ctx: CliContext, args: EvalArgs, path: string): Promise<void> {
  const items = readStance(await readText(path), path);
  const score = scoreStance(items, (text) => {
    const analysis = analyze(text, { headline: false });
    return { mentions: analysis.mentions, relations: extractRelations(analysis, {}) };
  });
  ctx.stdout.write(
    args.json
      ? `${JSON.stringify({ ...score, outcomes: undefined })}\n`
      : formatStanceReport(score, { verbose: args.verbose }),
  );
}
