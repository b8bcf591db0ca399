import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root when the CLI runs from its checkout (src/ or dist/ of packages/cli). */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What `pnpm neo4j:start` records in `.neo4j/run/newsgraph-neo4j.json` (scripts/neo4j). */
const RecordSchema = z.object({
  pid: z.number().int().positive(),
  boltPort: z.number().int().min(1).max(65535),
  httpPort: z.number().int().min(1).max(65535),
});
export type LocalServer = z.infer<typeof RecordSchema>;

/** The local server's folder: `$NEWSGRAPH_NEO4J_DIR`, else `.neo4j/` in the repository. */
export function localServerDir(env: NodeJS.ProcessEnv): string {
  return resolve(env.NEWSGRAPH_NEO4J_DIR || join(REPO_ROOT, '.neo4j'));
}

/** Whether `pid` is a live Neo4j server (its command line names Neo4j's entry point). */
function isNeo4jProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j');
  } catch {
    // No /proc (macOS): a live pid is the best evidence there is.
    return true;
  }
}

/**
 * The local server `pnpm neo4j:start` recorded, if that process still runs; otherwise undefined
 * (no record, a stale one, or one this code cannot read).
 */
export function readLocalServer(
  env: NodeJS.ProcessEnv,
  isServer: (pid: number) => boolean = isNeo4jProcess,
): LocalServer | undefined {
  let text: string;
  try {
    text = readFileSync(join(localServerDir(env), 'run', 'newsgraph-neo4j.json'), 'utf8');
  } catch {
    return undefined;
  }
  let parsed;
  try {
    parsed = RecordSchema.safeParse(JSON.parse(text));
  } catch {
    return undefined;
  }
  return parsed.success && isServer(parsed.data.pid) ? parsed.data : undefined;
}
