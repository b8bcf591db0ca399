#!/usr/bin/env node
// pnpm neo4j:start | neo4j:stop | neo4j:status, and `node scripts/neo4j/cli.mjs fetch` for CI.
// Human text goes to stderr; `status --json` prints a machine-readable line on stdout.
import { DEFAULTS, localSettingsFromEnv } from './defaults.mjs';
import { compose, composeRunning, dockerAvailable } from './docker.mjs';
import { LocalNeo4jError } from './errors.mjs';
import { ensureNeo4j } from './fetch-neo4j.mjs';
import { localNeo4j, readRunningServer } from './local-neo4j.mjs';

const USAGE = 'usage: node scripts/neo4j/cli.mjs start|stop|status [--json]|fetch';
const say = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);
const logger = { info: say };

/** `auto` (default): Docker when a daemon answers, else the Maven-fetched local server. */
function useDocker() {
  const mode = process.env.NEWSGRAPH_NEO4J_MODE ?? 'auto';
  if (mode === 'docker' || mode === 'local') return mode === 'docker';
  return dockerAvailable();
}

/**
 * The Browser URL and the connection env; a password from the environment is never echoed.
 * @param {{ how: string, boltPort: number, httpPort: number }} server
 */
function describe({ how, boltPort, httpPort }) {
  const fromEnv = Boolean(process.env.NEO4J_PASSWORD);
  const password = fromEnv ? '' : ` NEO4J_PASSWORD=${DEFAULTS.password}`;
  say(`Neo4j is running (${how}).`);
  say(
    `  Browser: http://localhost:${httpPort}/browser/  (connect URL bolt://localhost:${boltPort})`,
  );
  say(
    `  NEO4J_URI=bolt://localhost:${boltPort} NEO4J_USERNAME=${DEFAULTS.username}${password} ` +
      `NEO4J_DATABASE=${DEFAULTS.database}${fromEnv ? '  (password: your NEO4J_PASSWORD)' : ''}`,
  );
}

/**
 * The env's settings; without NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, a server already running on this
 * data keeps the ports it has, as the CLI finds it there (its recorded ports come before the defaults).
 */
async function startSettings() {
  const settings = localSettingsFromEnv();
  if (process.env.NEO4J_BOLT_PORT || process.env.NEO4J_HTTP_PORT) return settings;
  const live = await readRunningServer(settings.dataDir);
  return live ? { ...settings, boltPort: live.boltPort, httpPort: live.httpPort } : settings;
}

async function start() {
  const settings = await startSettings();
  if (useDocker()) {
    compose(['up', '--detach', '--wait']);
    return describe({ how: 'docker compose', ...settings });
  }
  const started = Date.now();
  const server = localNeo4j({ ...settings, logger });
  const already = await server.running();
  await server.start();
  const live = await server.running();
  const took = already
    ? 'already running'
    : `started in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  describe({
    how: `local Neo4j ${live?.version ?? ''}, pid ${live?.pid}, ${took}, data in ${server.dataDir}`,
    ...settings,
  });
}

async function stop() {
  const { dataDir } = localSettingsFromEnv();
  const live = await readRunningServer(dataDir);
  if (live) {
    await localNeo4j({ dataDir }).stop();
    say(
      `Stopped the local Neo4j (pid ${live.pid}); ports ${live.boltPort} and ${live.httpPort} are free.`,
    );
  }
  if (process.env.NEWSGRAPH_NEO4J_MODE !== 'local' && dockerAvailable() && composeRunning()) {
    compose(['down']);
    say('Stopped the docker compose Neo4j (its volume keeps the data).');
  } else if (!live) {
    say('Neo4j is not running.');
  }
}

/** @param {boolean} json */
async function status(json) {
  const { dataDir } = localSettingsFromEnv();
  const live = await readRunningServer(dataDir);
  const docker =
    !live && process.env.NEWSGRAPH_NEO4J_MODE !== 'local' && dockerAvailable() && composeRunning();
  const ports = live ?? localSettingsFromEnv();
  const running = Boolean(live) || docker;
  const how = live ? `local Neo4j ${live.version}, pid ${live.pid}` : 'docker compose';
  if (json) {
    const urls = running
      ? {
          uri: `bolt://localhost:${ports.boltPort}`,
          browserUrl: `http://localhost:${ports.httpPort}/browser/`,
        }
      : {};
    process.stdout.write(
      `${JSON.stringify({ running, kind: live ? 'local' : docker ? 'docker' : null, pid: live?.pid ?? null, ...urls })}\n`,
    );
  } else if (running) {
    describe({ how, ...ports });
  } else {
    say(`Neo4j is stopped (start it with \`pnpm neo4j:start\`).`);
  }
}

async function fetch() {
  const started = Date.now();
  const dist = await ensureNeo4j({ ...localSettingsFromEnv(), logger });
  const took = dist.downloaded
    ? `downloaded in ${((Date.now() - started) / 1000).toFixed(1)} s`
    : 'already cached';
  say(
    `Neo4j ${dist.version} with Neo4j Browser ${dist.browserVersion} in ${dist.libDir} (${took}).`,
  );
}

const [command, ...rest] = process.argv.slice(2);
/** @type {Record<string, () => Promise<void>>} */
const commands = { start, stop, fetch, status: () => status(rest.includes('--json')) };
const run = command === undefined ? undefined : commands[command];
if (!run) {
  say(USAGE);
  process.exit(2);
}
try {
  await run();
} catch (error) {
  if (error instanceof LocalNeo4jError) {
    say(`neo4j:${command}: ${error.oneLine()}`);
    process.exit(1);
  }
  if (error instanceof RangeError) {
    say(`neo4j:${command}: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
