import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliContext } from './context.js';
import { progressBar } from './progress.js';

function terminal(): { ctx: CliContext; frames: () => string[] } {
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  const chunks: string[] = [];
  stderr.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  const ctx = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, env: {} };
  return { ctx, frames: () => chunks.join('').split('\r').filter(Boolean) };
}

const FULL = `[${'#'.repeat(24)}]`;

describe('progressBar', () => {
  it('fills the bar when the run finishes, though the total was never known', () => {
    const { ctx, frames } = terminal();
    const bar = progressBar(ctx, 'load');
    bar.tick(3);
    bar.finish();
    expect(frames()[0]).toContain(`[${'.'.repeat(24)}] 3 `);
    expect(frames().at(-1)).toMatch(new RegExp(`^load \\${FULL.slice(0, -1)}\\] 3/3 `));
    expect(frames().at(-1)?.endsWith('\n')).toBe(true);
  });

  it('fills the bar when fewer items than announced were done', () => {
    const { ctx, frames } = terminal();
    const bar = progressBar(ctx, 'ingest', 10);
    bar.tick(8);
    bar.finish();
    expect(frames().at(-1)).toContain(`${FULL} 8/8`);
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { ctx, frames } = terminal();
    Object.assign(ctx.stderr, { isTTY: false });
    const bar = progressBar(ctx, 'load');
    bar.tick(1);
    bar.finish();
    expect(frames()).toEqual([]);
  });
});
