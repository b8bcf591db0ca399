import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
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

// Runs the notebook's first code cell (the setup) with the kernel in another folder; prints its output.
const SETUP_ONLY = `
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
first = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code")
nb.cells = nb.cells[: first + 1]
NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": sys.argv[2]}}).execute()
for output in nb.cells[first].get("outputs", []):
    print(output.get("text", ""))
`;

describe('the analyst notebook', () => {
  beforeAll(async () => {
    ensureVenv();
    await loadDevSet(neo4jSettings());
  }, 900_000);

  it('runs headless against the test Neo4j, every cell, with tables and a picture', async () => {
    const artifacts = join(ROOT, 'test-artifacts');
    await mkdir(artifacts, { recursive: true });
    const executed = join(artifacts, 'newsgraph-executed.ipynb');
    const s = neo4jSettings();
    // The README's headless command, run from the repository root (it appends .ipynb).
    const result = spawnSync(
      join(VENV, 'bin', 'jupyter'),
      [
        'execute',
        '--output',
        executed.replace(/\.ipynb$/, ''),
        join('notebooks', 'newsgraph.ipynb'),
      ],
      {
        cwd: ROOT,
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

  it('finds the cookbook and the database as the CLI does, wherever Jupyter was started', () => {
    const s = neo4jSettings();
    const { server } = inject('neo4j');
    // Without NEO4J_URI the harness's own local server is found through its recorded ports.
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_PASSWORD: s.password };
    for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_DATABASE']) delete env[name];
    if (server.kind === 'local') env.NEWSGRAPH_NEO4J_DIR = server.dataDir;
    else Object.assign(env, { NEO4J_URI: s.uri, NEO4J_USERNAME: s.username });
    const deep = join(ROOT, 'packages', 'cli', 'src');
    const result = spawnSync(
      PYTHON,
      ['-c', SETUP_ONLY, join(ROOT, 'notebooks', 'newsgraph.ipynb'), deep],
      {
        encoding: 'utf8',
        timeout: 300_000,
        env,
      },
    );
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const expected =
      server.kind === 'local'
        ? `bolt://localhost:${server.boltPort} (local-server)`
        : `${s.uri} (env)`;
    expect(result.stdout).toContain(`connected to ${expected}`);
    expect(result.stdout).toContain(`cookbook in ${join(ROOT, 'packages', 'cookbook', 'queries')}`);
  });
});
