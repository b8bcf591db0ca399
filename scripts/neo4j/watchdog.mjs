import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { localNeo4j } from './local-neo4j.mjs';
import { isAlive, sleep } from './process.mjs';

const SELF = fileURLToPath(import.meta.url);

/**
 * Stops the local server in `dataDir` once process `pid` is gone, however it went: a test runner
 * interrupted with Ctrl-C or killed skips its teardown, and the server would run on. A detached
 * watcher process does it; cancel() ends the watcher when the owner stops the server itself.
 * @param {{ dataDir: string, pid?: number, removeDataDir?: boolean }} options
 * @returns {{ cancel(): void }}
 */
export function stopWithProcess({ dataDir, pid = process.pid, removeDataDir = false }) {
  const args = [SELF, String(pid), dataDir, removeDataDir ? 'remove' : 'keep'];
  const watcher = spawn(process.execPath, args, { detached: true, stdio: 'ignore' });
  watcher.unref();
  return {
    cancel() {
      if (watcher.pid !== undefined && watcher.exitCode === null) watcher.kill();
    },
  };
}

/**
 * @param {number} owner
 * @param {string} dataDir
 * @param {boolean} removeDataDir
 */
async function watch(owner, dataDir, removeDataDir) {
  while (isAlive(owner)) {
    if (!existsSync(dataDir)) return;
    await sleep(500);
  }
  await localNeo4j({ dataDir }).stop();
  if (removeDataDir) await rm(dataDir, { recursive: true, force: true });
}

if (process.argv[1] === SELF) {
  const [owner, dataDir, mode] = process.argv.slice(2);
  if (owner && dataDir) await watch(Number(owner), dataDir, mode === 'remove');
}
