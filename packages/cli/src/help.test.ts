import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './test-context.js';

// yargs prints help and exits the process: run the built bin (pnpm build first).
const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

describe('help of the commands that take inputs', () => {
  it.each(['load', 'ingest', 'extract'])('%s --help describes its inputs', (command) => {
    const res = spawnSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    const help = res.stdout + res.stderr;
    const line = help.split('\n').find((l) => l.trimStart().startsWith('inputs'));
    expect(line).toMatch(/^\s+inputs\s+\S.*(files|articles)/);
    expect(help).not.toContain('[default: []]');
  });

  it('stops at a missing input with one usage error, before connecting to anything', async () => {
    const res = await runCli(['load'], { env: { NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(res.code).toBe(2);
    expect(res.stderr).toBe(
      "newsgraph: Not enough non-option arguments: got 0, need at least 1\nRun 'newsgraph --help' for usage.\n",
    );
  });
});
