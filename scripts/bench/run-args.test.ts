import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RUN = fileURLToPath(new URL('./run.mjs', import.meta.url));

function bench(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [RUN, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pnpm bench arguments', () => {
  it('lists its options for --help and exits 0', () => {
    const r = bench('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--articles');
    expect(r.stdout).toContain('--only');
  });

  it('rejects an unknown option in one line, exit 2', () => {
    const r = bench('--nope');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining("'--nope'")]);
  });

  it('rejects a count that is not a positive integer in one line, exit 2', () => {
    const r = bench('--articles', 'ten');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('bench: --articles must be a positive integer, not "ten"');
  });
});
