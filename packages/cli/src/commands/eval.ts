import {
  evaluateConll,
  evaluateDwie,
  evaluatePolnear,
  evaluateStance,
  formatConllReport,
  formatDwieReport,
  formatEvalReport,
  formatPolnearReport,
  formatStanceReport,
  scoreCorpus,
  type NerMode,
  type StanceApart,
} from '@newsgraph/evaluation';
import { NewsgraphError } from '@newsgraph/graph-schema';
import type { CliContext } from '../context.js';
import { readDwieFolder } from '../io/dwie-folder.js';
import { goldPairs } from '../io/gold-folder.js';
import { readPolnearFolder } from '../io/polnear-folder.js';
import { readText } from '../io/read-text.js';

export interface EvalArgs {
  gold?: string | undefined;
  pred?: string | undefined;
  conll?: string | undefined;
  polnear?: string | undefined;
  stance?: string | undefined;
  /** With --stance: a training file whose repeated sentences are scored apart. */
  stanceTrain?: string | undefined;
  dwie?: string | undefined;
  /**
   * What --conll scores: the trained sequence tagger (default), the extractor's mentions (rules
   * with the tagger's proposals) or the rules' mentions alone.
   */
  ner?: NerMode | undefined;
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
  if (args.stanceTrain !== undefined && args.stance === undefined)
    throw new NewsgraphError('USAGE', '--stance-train needs --stance FILE');
  ctx.stdout.write(await evalOutput(args));
}

/** Reads the inputs of the one mode given, scores them and returns what to print. */
async function evalOutput(args: EvalArgs): Promise<string> {
  const json = (value: unknown): string => `${JSON.stringify(value)}\n`;
  if (args.dwie !== undefined) {
    const { score, articles } = await evaluateDwie(readDwieFolder(args.dwie));
    return args.json ? json(score) : formatDwieReport(score, articles, args.verbose);
  }
  if (args.conll !== undefined) {
    const score = evaluateConll(await readText(args.conll), args.conll, args.ner ?? 'tagger');
    return args.json ? json(score) : formatConllReport(score);
  }
  if (args.polnear !== undefined) {
    const score = await evaluatePolnear(readPolnearFolder(args.polnear));
    return args.json ? json(score) : formatPolnearReport(score, args.verbose);
  }
  if (args.stance !== undefined) {
    const train = args.stanceTrain;
    const training =
      train === undefined ? undefined : { text: await readText(train), where: train };
    const score = evaluateStance(await readText(args.stance), args.stance, training);
    return args.json
      ? json({ ...score, outcomes: undefined, apart: apartJson(score.apart) })
      : formatStanceReport(score, { verbose: args.verbose });
  }
  const result = scoreCorpus(await goldPairs(args.gold ?? '.', args.pred));
  return args.json ? json(result) : formatEvalReport(result, { verbose: args.verbose });
}

/** The split scores without their per-sentence outcomes. */
function apartJson(apart: StanceApart | undefined): unknown {
  if (apart === undefined) return undefined;
  return {
    repeated: { ...apart.repeated, outcomes: undefined },
    unrepeated: { ...apart.unrepeated, outcomes: undefined },
  };
}
