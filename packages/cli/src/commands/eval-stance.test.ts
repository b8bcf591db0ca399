import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-context.js';

// Sentences written for this test: the first is repeated in the "training" file.
const VALID = [
  '[Norway] condemned [Sweden] over the fishing quota.\tNorway\tSweden\t3',
  '[Chile] met [Peru] in Lima on Monday.\tChile\tPeru\t0',
  '[Ghana] praised [Togo] for its help.\tGhana\tTogo\t1',
].join('\n');
const TRAIN = [
  '[Norway] condemned [Sweden] over the fishing quota.\tNorway\tSweden\t3',
  '[Kenya] met [Uganda] in Nairobi.\tKenya\tUganda\t0',
].join('\n');

function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'newsgraph-stance-')), name);
  writeFileSync(path, text);
  return path;
}

describe('newsgraph eval --stance --stance-train', () => {
  it('scores the sentences the training file repeats apart from the rest', async () => {
    const res = await runCli([
      'eval',
      '--stance',
      file('valid.txt', VALID),
      '--stance-train',
      file('train.txt', TRAIN),
    ]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/not repeated 2 sentences, 1 polar: /);
    expect(res.stdout).toMatch(/repeated +1 sentences, 1 polar: /);
    expect(res.stdout).toContain('of the repeated, 1 are exact copies');
    expect(res.stdout.trim().split('\n').at(-1)).toMatch(/^stance polar-recall=/);
  });

  it('gives the split in JSON without per-sentence outcomes', async () => {
    const args = ['eval', '--stance', file('v.txt', VALID), '--stance-train', file('t.txt', TRAIN)];
    const res = await runCli([...args, '--json']);
    const score = JSON.parse(res.stdout) as {
      sentences: number;
      apart: { repeated: { sentences: number; outcomes?: unknown }; unrepeated: { polar: number } };
    };
    expect(score.sentences).toBe(3);
    expect(score.apart.repeated.sentences).toBe(1);
    expect(score.apart.repeated.outcomes).toBeUndefined();
    expect(score.apart.unrepeated.polar).toBe(1);
  });

  it('names the training file and line of a malformed row', async () => {
    const bad = file('bad-train.txt', 'no markers here\ta\tb\t1');
    const res = await runCli(['eval', '--stance', file('v.txt', VALID), '--stance-train', bad]);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('bad-train.txt:1');
    expect(res.stdout).toBe('');
  });

  it('is a usage error without --stance', async () => {
    const res = await runCli(['eval', '--stance-train', file('t.txt', TRAIN)]);
    expect(res.code).toBe(2);
  });
});
