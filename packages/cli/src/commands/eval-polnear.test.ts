import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-context.js';

// An article and its attributions, written for this test.
const TEXT = 'Budget Fight\n\n“We will not sign this budget,” Senator Mara Lind said on Monday.\n';
const START = TEXT.indexOf('“');
const END = TEXT.indexOf('”') + 1;
const SOURCE = TEXT.indexOf('Senator');
const CUE = TEXT.indexOf(' said') + 1;
const ANN = [
  `T1\tSource ${SOURCE} ${SOURCE + 'Senator Mara Lind'.length}\tSenator Mara Lind`,
  `T2\tCue ${CUE} ${CUE + 4}\tsaid`,
  `T3\tContent ${START} ${END}\t${TEXT.slice(START, END)}`,
  'E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1',
].join('\n');

function polnearDir(ann: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-polnear-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'budget.txt'), TEXT);
  if (ann !== undefined) writeFileSync(join(dir, 'attributions', 'budget.ann'), ann);
  return dir;
}

describe('newsgraph eval --polnear', () => {
  it('scores the direct quote and its speaker and ends with a summary line', async () => {
    const res = await runCli(['eval', '--polnear', polnearDir(ANN)]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('quotes       P=1.000 R=1.000 F1=1.000');
    expect(res.stdout.trim().split('\n').at(-1)).toBe(
      'summary: quote F1 1.000, speaker 1.000, end-to-end F1 1.000',
    );
  });

  it('reports the scores as JSON', async () => {
    const res = await runCli(['eval', '--polnear', polnearDir(ANN), '--json']);
    const score = JSON.parse(res.stdout) as { speakers: { name: { judged: number } } };
    expect(score.speakers.name.judged).toBe(1);
  });

  it('fails with the file named when an article has no attributions file', async () => {
    const res = await runCli(['eval', '--polnear', polnearDir(undefined)]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('budget.ann');
    expect(res.stdout).toBe('');
  });

  it('is a usage error together with --gold', async () => {
    const res = await runCli(['eval', '--polnear', 'p', '--gold', 'g']);
    expect(res.code).toBe(2);
  });
});
