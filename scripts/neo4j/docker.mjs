import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './defaults.mjs';
import { LocalNeo4jError } from './errors.mjs';

const COMPOSE_FILE = join(REPO_ROOT, 'docker-compose.yml');

/** Whether a Docker daemon answers (`docker info`) and the compose plugin is there. */
export function dockerAvailable() {
  const ok = (/** @type {string[]} */ args) =>
    spawnSync('docker', args, { stdio: 'ignore', timeout: 10_000 }).status === 0;
  return ok(['info']) && ok(['compose', 'version']);
}

/**
 * Runs `docker compose -f docker-compose.yml ARGS`; the compose file reads NEO4J_PASSWORD,
 * NEO4J_BOLT_PORT and NEO4J_HTTP_PORT from the environment.
 * @param {string[]} args
 * @param {{ capture?: boolean }} [options] capture stdout instead of passing it through
 * @returns {string} captured stdout
 */
export function compose(args, { capture = false } = {}) {
  const result = spawnSync('docker', ['compose', '-f', COMPOSE_FILE, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new LocalNeo4jError(
      'DOCKER_FAILED',
      `\`docker compose ${args.join(' ')}\` failed (exit ${result.status}).`,
      {
        hint: 'See the output above; `docker compose logs neo4j` shows the server log.',
        cause: result.error,
      },
    );
  }
  return result.stdout ?? '';
}

/** Whether the compose service runs. */
export function composeRunning() {
  return (
    compose(['ps', '--status', 'running', '--quiet', 'neo4j'], { capture: true }).trim() !== ''
  );
}
