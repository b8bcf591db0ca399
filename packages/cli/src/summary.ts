import type { LoadSummary } from '@newsgraph/loader';
import type { CliContext } from './context.js';
import { say } from './context.js';

export interface Failure {
  where: string;
  error: string;
}

export interface RunSummary extends Omit<LoadSummary, 'failures'> {
  command: string;
  dryRun: boolean;
  inputs: number;
  seconds: number;
  failures: Failure[];
}

export function emptySummary(command: string, dryRun: boolean): RunSummary {
  return {
    command,
    dryRun,
    inputs: 0,
    articles: 0,
    skipped: 0,
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    seconds: 0,
    failures: [],
  };
}

/** Adds a loader summary into the run's totals. */
export function addLoad(total: RunSummary, part: LoadSummary): void {
  total.articles += part.articles;
  total.skipped += part.skipped;
  total.nodesCreated += part.nodesCreated;
  total.nodesDeleted += part.nodesDeleted;
  total.relationshipsCreated += part.relationshipsCreated;
  total.relationshipsDeleted += part.relationshipsDeleted;
  total.propertiesSet += part.propertiesSet;
  for (const f of part.failures) total.failures.push({ where: f.article, error: f.error });
}

/** Human summary on stderr; with --json the same as JSON on stdout. */
export function reportSummary(ctx: CliContext, summary: RunSummary, json: boolean): void {
  if (json) {
    ctx.stdout.write(`${JSON.stringify(summary)}\n`);
  }
  const verb =
    summary.command === 'extract'
      ? 'extracted'
      : summary.dryRun
        ? 'validated (dry run, nothing written)'
        : 'loaded';
  say(
    ctx,
    `${summary.command}: ${summary.inputs} input(s), ${summary.articles} article(s) ${verb}, ` +
      `${summary.command === 'extract' ? '' : `${summary.skipped} unchanged skipped, `}${summary.failures.length} failed in ${summary.seconds.toFixed(1)}s`,
  );
  if (!summary.dryRun && summary.command !== 'extract') {
    say(
      ctx,
      `  nodes +${summary.nodesCreated} -${summary.nodesDeleted}, relationships +${summary.relationshipsCreated} ` +
        `-${summary.relationshipsDeleted}, properties set ${summary.propertiesSet}`,
    );
  }
  for (const f of summary.failures)
    say(ctx, `  failed: ${f.error.startsWith(f.where) ? f.error : `${f.where}: ${f.error}`}`);
}
