import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { waitForBolt } from './bolt-probe.mjs';
import { DEFAULTS, defaultCacheDir, defaultDataDir } from './defaults.mjs';
import { LocalNeo4jError } from './errors.mjs';
import { ensureNeo4j } from './fetch-neo4j.mjs';
import { requireJava } from './java.mjs';
import { jvmArgs, renderNeo4jConf } from './neo4j-conf.mjs';
import { assertPortFree, freePort } from './ports.mjs';
import { commandLine, isAlive, terminate } from './process.mjs';

export { DEFAULTS } from './defaults.mjs';
export { LocalNeo4jError } from './errors.mjs';
export { ensureNeo4j } from './fetch-neo4j.mjs';
export { freePort };
export { waitForBolt } from './bolt-probe.mjs';

const MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';

/**
 * @typedef {object} LocalNeo4jOptions
 * @property {number} [boltPort] default 7687
 * @property {number} [httpPort] default 7474
 * @property {string} [dataDir] the server's home: conf/, data/, logs/, run/; default `.neo4j/`
 * @property {string} [password] set as the initial password of user `neo4j` on the first start
 * @property {string} [cacheDir] where the jars are cached; default `.cache/neo4j/` or `$NEWSGRAPH_CACHE/neo4j`
 * @property {string} [version] pin a Neo4j version, e.g. '5.26.30'; default newest 5.26.x
 * @property {string} [heap] JVM heap, default '512m'
 * @property {string} [pageCache] default '256m'
 * @property {Record<string, string>} [settings] extra neo4j.conf lines, e.g. `db.memory.transaction.max`
 * @property {boolean} [quickStart] C1 JIT only: starts about twice as fast, runs queries slower
 * @property {number} [startTimeoutMs] default 180000
 * @property {{ info(message: string): void }} [logger] silent unless given
 */

/**
 * @typedef {object} LocalNeo4j
 * @property {string} uri `bolt://127.0.0.1:PORT`
 * @property {string} username always `neo4j`
 * @property {string} password
 * @property {string} database always `neo4j`
 * @property {number} boltPort
 * @property {number} httpPort
 * @property {string} dataDir
 * @property {string} browserUrl `http://localhost:PORT/browser/`
 * @property {() => Promise<void>} start starts it, or waits for the one already running on this data
 * @property {() => Promise<void>} stop SIGTERM, wait, then SIGKILL; a no-op when it is not running
 * @property {() => Promise<RunningServer | undefined>} running the live server on this data, if any
 */

/** @typedef {{ pid: number, boltPort: number, httpPort: number, version: string }} RunningServer */

/**
 * Starts (or attaches to) a Neo4j Community server on this machine, downloading it the first time.
 * @param {LocalNeo4jOptions} [options]
 * @returns {Promise<LocalNeo4j>}
 */
export async function startLocalNeo4j(options = {}) {
  const server = localNeo4j(options);
  await server.start();
  return server;
}

/**
 * A handle on the local server in `dataDir`, started or not: another process can stop and start
 * the server a first one started, since the pid lives in `dataDir/run/`.
 * @param {LocalNeo4jOptions} [options]
 * @returns {LocalNeo4j}
 */
export function localNeo4j(options = {}) {
  const boltPort = options.boltPort ?? DEFAULTS.boltPort;
  const httpPort = options.httpPort ?? DEFAULTS.httpPort;
  const password = options.password ?? DEFAULTS.password;
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const connection = {
    uri: `bolt://127.0.0.1:${boltPort}`,
    username: DEFAULTS.username,
    password,
    database: DEFAULTS.database,
  };
  const timeoutMs = options.startTimeoutMs ?? 180_000;
  const running = () => readRunningServer(dataDir);

  /** @param {() => string | undefined} exited */
  const waitReady = (exited) => waitForServer({ connection, dataDir, timeoutMs, exited });

  async function start() {
    const live = await running();
    if (!live) return launch();
    if (live.boltPort !== boltPort || live.httpPort !== httpPort) {
      const ports = `${live.boltPort}/${live.httpPort}`;
      throw new LocalNeo4jError(
        'DATA_DIR_IN_USE',
        `A Neo4j on ports ${ports} already runs on ${dataDir}.`,
        {
          hint: 'Stop it first (`pnpm neo4j:stop`) or use another data folder.',
        },
      );
    }
    return waitReady(() => (isAlive(live.pid) ? undefined : `Neo4j (pid ${live.pid}) exited.`));
  }

  async function launch() {
    const where = { dataDir, boltPort, httpPort, password };
    const child = await spawnConfigured(options, where);
    try {
      await waitReady(child.exitReason);
    } catch (error) {
      await stop();
      throw error;
    }
  }

  async function stop() {
    const live = await running();
    if (live && !(await terminate(live.pid))) {
      throw new LocalNeo4jError(
        'STOP_FAILED',
        `Neo4j (pid ${live.pid}) did not exit after SIGKILL.`,
      );
    }
    await rm(stateFile(dataDir), { force: true });
  }

  return {
    ...connection,
    boltPort,
    httpPort,
    dataDir,
    browserUrl: `http://localhost:${httpPort}/browser/`,
    start,
    stop,
    running,
  };
}

/**
 * Waits for Bolt to answer; a password other than the one the data folder was set up with is
 * said in those words.
 */
async function waitForServer({ connection, dataDir, timeoutMs, exited }) {
  try {
    await waitForBolt({ ...connection, timeoutMs, exited });
  } catch (error) {
    if (!(error instanceof LocalNeo4jError && error.code === 'AUTH_MISMATCH')) throw error;
    throw new LocalNeo4jError(
      'AUTH_MISMATCH',
      `${error.message} ${dataDir} was set up with another password.`,
      {
        hint: `Use that password (NEO4J_PASSWORD), or stop the server and delete ${dataDir} to start afresh.`,
      },
    );
  }
}

/**
 * Fetches Neo4j if need be, writes the configuration (and the initial password, the first
 * time), starts the server and records its pid and ports in `dataDir`.
 */
async function spawnConfigured(options, { dataDir, boltPort, httpPort, password }) {
  const { command: java } = requireJava();
  const { cacheDir = defaultCacheDir(), version, logger } = options;
  const { classpath, version: resolved } = await ensureNeo4j({ cacheDir, version, logger });
  await assertPortFree(boltPort, 'Bolt', 'NEO4J_BOLT_PORT');
  await assertPortFree(httpPort, 'HTTP', 'NEO4J_HTTP_PORT');
  for (const dir of ['conf', 'logs', 'run', 'import']) {
    await mkdir(join(dataDir, dir), { recursive: true });
  }
  const { pageCache, settings } = options;
  const conf = renderNeo4jConf({ boltPort, httpPort, pageCache, settings });
  await writeFile(join(dataDir, 'conf', 'neo4j.conf'), conf);
  if (!existsSync(join(dataDir, 'data', 'databases', 'system'))) {
    await setInitialPassword({ java, classpath, dataDir, password });
  }
  const { heap, quickStart } = options;
  const child = spawnServer({ java, classpath, dataDir, heap, quickStart });
  /** @type {RunningServer} */
  const state = { pid: child.pid, boltPort, httpPort, version: resolved };
  await writeFile(stateFile(dataDir), `${JSON.stringify(state)}\n`);
  return child;
}

/** @param {string} dataDir */
const stateFile = (dataDir) => join(dataDir, 'run', 'newsgraph-neo4j.json');

/**
 * The server recorded in `dataDir/run/`, if that process is alive and is that server.
 * @param {string} dataDir
 * @returns {Promise<RunningServer | undefined>}
 */
export async function readRunningServer(dataDir = defaultDataDir()) {
  /** @type {RunningServer} */
  let state;
  try {
    state = JSON.parse(await readFile(stateFile(resolve(dataDir)), 'utf8'));
  } catch {
    return undefined;
  }
  if (!isAlive(state.pid)) return undefined;
  const cmd = commandLine(state.pid);
  // The pid may have been reused by an unrelated process since.
  if (cmd !== undefined && !(cmd.includes(MAIN_CLASS) && cmd.includes(resolve(dataDir))))
    return undefined;
  return state;
}

/** @param {string} dataDir */
const neo4jEnv = (dataDir) => ({
  ...process.env,
  NEO4J_HOME: dataDir,
  NEO4J_CONF: join(dataDir, 'conf'),
});

/**
 * `neo4j-admin dbms set-initial-password`, which only counts before the first start.
 * @param {{ java: string, classpath: string, dataDir: string, password: string }} options
 * @returns {Promise<void>}
 */
function setInitialPassword({ java, classpath, dataDir, password }) {
  const args = [
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'dbms',
    'set-initial-password',
    password,
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(java, args, { env: neo4jEnv(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolvePromise();
      const reason =
        output
          .trim()
          .split('\n')
          .pop()
          ?.replace(/^.*Exception: /, '') || `exit ${code}`;
      reject(
        new LocalNeo4jError(
          'START_FAILED',
          `Setting the initial Neo4j password failed: ${reason}`,
          {
            hint: 'Neo4j needs a password of 8 or more characters in NEO4J_PASSWORD.',
          },
        ),
      );
    });
  });
}

/**
 * Starts the server detached, so it outlives the process that started it; output goes to logs/.
 * @param {{ java: string, classpath: string, dataDir: string, heap?: string, quickStart?: boolean }} options
 * @returns {{ pid: number, exitReason: () => string | undefined }}
 */
function spawnServer({ java, classpath, dataDir, heap, quickStart }) {
  const args = [...jvmArgs({ heap, quickStart }), '-cp', classpath, MAIN_CLASS];
  args.push(`--home-dir=${dataDir}`, `--config-dir=${join(dataDir, 'conf')}`);
  const out = openSync(join(dataDir, 'logs', 'console.log'), 'a');
  const child = spawn(java, args, {
    detached: true,
    env: neo4jEnv(dataDir),
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  /** @type {string | undefined} */
  let exit;
  child.on('error', (error) => (exit = `Java could not be started: ${error.message}.`));
  child.on('exit', (code, signal) => {
    exit = `Neo4j exited during start-up (${signal ?? `exit ${code}`}): ${lastError(dataDir)} Logs: ${join(dataDir, 'logs')}.`;
  });
  child.unref();
  if (child.pid === undefined)
    throw new LocalNeo4jError('START_FAILED', `Could not start ${java}.`);
  return { pid: child.pid, exitReason: () => exit };
}

/**
 * The last error the server logged, for a one-line failure message.
 * @param {string} dataDir
 */
function lastError(dataDir) {
  const lines = ['neo4j.log', 'console.log'].flatMap((name) => {
    try {
      return readFileSync(join(dataDir, 'logs', name), 'utf8')
        .split('\n')
        .slice(-200);
    } catch {
      return [];
    }
  });
  const error = lines.filter((line) => / ERROR |Exception|Error:/.test(line)).pop();
  return error?.trim().slice(0, 400) ?? '(nothing logged)';
}
