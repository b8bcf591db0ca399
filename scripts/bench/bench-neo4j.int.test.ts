import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH_NEO4J = fileURLToPath(new URL('./bench-neo4j.mjs', import.meta.url));

/** Pids of the processes whose command line names `dir` (the server's is the Java one). */
function processesIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
          .split('\0')
          .includes(`--home-dir=${dir}`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return true;
}

/** Starts the bench's own Neo4j in a child process, which prints its data folder once it answers. */
function benchServerChild(): { child: ReturnType<typeof spawn>; dataDir: Promise<string> } {
  const script = `
    const { benchNeo4j } = await import(${JSON.stringify(BENCH_NEO4J)});
    const env = { ...process.env };
    delete env.NEO4J_URI;
    const server = await benchNeo4j({ env, clear: false, heap: '512m', pageCache: '128m', log: () => {} });
    process.stdout.write(server.dataDir + '\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const dataDir = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('\n')) resolve(stdout.trim());
    });
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${stderr}`)));
  });
  return { child, dataDir };
}

describe("the benchmark's own Neo4j", () => {
  it('is stopped and its folder deleted when the benchmark is killed outright', async () => {
    const { child, dataDir } = benchServerChild();
    const dir = await dataDir;
    expect(dir).toContain('newsgraph-bench-neo4j-');
    expect(processesIn(dir).length).toBeGreaterThan(0);
    child.kill('SIGKILL');
    const gone = await waitFor(() => processesIn(dir).length === 0 && !existsSync(dir), 120_000);
    expect({ processes: processesIn(dir), folderLeft: existsSync(dir) }).toEqual({
      processes: [],
      folderLeft: false,
    });
    expect(gone).toBe(true);
  }, 300_000);
});
