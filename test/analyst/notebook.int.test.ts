import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { neo4jSettings } from '../neo4j.js';
import { loadDevSet } from './dev-set.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** notebooks/requirements.txt, installed from PyPI into a venv under .cache/ (gitignored). */
const VENV = join(ROOT, '.cache', 'notebook-venv');
const PYTHON = join(VENV, 'bin', 'python');

/** Creates the venv the first time, then (cheaply, when already satisfied) installs the pins. */
function ensureVenv(): void {
  const run = (command: string, args: string[]): void => {
    const result = spawnSync(command, args, { encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0)
      throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  if (!existsSync(PYTHON)) run(process.env.PYTHON ?? 'python3', ['-m', 'venv', VENV]);
  run(PYTHON, [
    '-m',
    'pip',
    'install',
    '--quiet',
    '--disable-pip-version-check',
    '-r',
    join(ROOT, 'notebooks', 'requirements.txt'),
  ]);
}

// Executes every cell the way CI would with `jupyter execute`; any failing cell fails the test.
const EXECUTE = `
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": sys.argv[2]}}).execute()
nbformat.write(nb, sys.argv[3])
`;

describe('the analyst notebook', () => {
  beforeAll(async () => {
    ensureVenv();
    await loadDevSet(neo4jSettings());
  }, 900_000);

  it('runs headless against the test Neo4j, every cell, with tables and a picture', async () => {
    const artifacts = join(ROOT, 'test-artifacts');
    await mkdir(artifacts, { recursive: true });
    const executed = join(artifacts, 'newsgraph.executed.ipynb');
    const s = neo4jSettings();
    const result = spawnSync(
      PYTHON,
      [
        '-c',
        EXECUTE,
        join(ROOT, 'notebooks', 'newsgraph.ipynb'),
        join(ROOT, 'notebooks'),
        executed,
      ],
      {
        encoding: 'utf8',
        timeout: 600_000,
        env: {
          ...process.env,
          NEO4J_URI: s.uri,
          NEO4J_USERNAME: s.username,
          NEO4J_PASSWORD: s.password,
          NEO4J_DATABASE: s.database,
        },
      },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const { readFile } = await import('node:fs/promises');
    const nb = JSON.parse(await readFile(executed, 'utf8')) as {
      cells: {
        outputs?: { output_type: string; data?: Record<string, unknown>; text?: string[] }[];
      }[];
    };
    const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
    expect(outputs.filter((o) => o.output_type === 'error')).toEqual([]);
    expect(outputs.some((o) => o.data?.['image/png'] !== undefined)).toBe(true);
    expect(JSON.stringify(outputs)).toContain('United States');
  });
});
