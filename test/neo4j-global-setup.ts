import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  DEFAULTS,
  LocalNeo4jError,
  freePort,
  startLocalNeo4j,
  waitForBolt,
} from '../scripts/neo4j/local-neo4j.mjs';
import { stopWithProcess } from '../scripts/neo4j/watchdog.mjs';
import { containerRuntimeProblem, startContainerNeo4j } from './neo4j-container.js';
import type { HarnessNeo4j } from './neo4j-context.js';

interface Acquired {
  neo4j: HarnessNeo4j;
  stop: () => Promise<void>;
}

/**
 * A Neo4j for the integration tests: NEO4J_URI if set; else a Testcontainers container where a
 * container runtime answers; else the local server on free ports with a throwaway data folder.
 * NEWSGRAPH_NEO4J_MODE=local or =docker skips the choice.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const acquired = await acquireNeo4j(process.env);
  project.provide('neo4j', acquired.neo4j);
  return acquired.stop;
}

async function acquireNeo4j(env: NodeJS.ProcessEnv): Promise<Acquired> {
  if (env.NEO4J_URI) return fromEnv(env, env.NEO4J_URI);
  const mode = env.NEWSGRAPH_NEO4J_MODE ?? 'auto';
  const problem = mode === 'local' ? 'NEWSGRAPH_NEO4J_MODE=local' : await containerRuntimeProblem();
  if (problem === undefined) return startContainerNeo4j();
  if (mode === 'docker')
    throw new Error(`No Neo4j for the integration tests: no container runtime (${problem}).`);
  try {
    return await fromLocalServer();
  } catch (error) {
    const why = error instanceof LocalNeo4jError ? error.oneLine() : String(error);
    throw new Error(
      `No Neo4j for the integration tests: NEO4J_URI is not set, no container runtime (${problem}), ` +
        `and the local Neo4j did not start: ${why}`,
      { cause: error },
    );
  }
}

async function fromEnv(env: NodeJS.ProcessEnv, uri: string): Promise<Acquired> {
  const settings = {
    uri,
    username: env.NEO4J_USERNAME || DEFAULTS.username,
    password: env.NEO4J_PASSWORD || DEFAULTS.password,
    database: env.NEO4J_DATABASE || DEFAULTS.database,
  };
  try {
    await waitForBolt({ ...settings, timeoutMs: 30_000 });
  } catch (error) {
    const why = error instanceof LocalNeo4jError ? error.message : String(error);
    throw new Error(`No Neo4j for the integration tests: NEO4J_URI is set but unusable: ${why}`, {
      cause: error,
    });
  }
  const reason = 'the tests use the server in NEO4J_URI, which the harness cannot stop or start';
  const neo4j: HarnessNeo4j = { settings, source: 'NEO4J_URI', server: { kind: 'none', reason } };
  return { neo4j, stop: async () => {} };
}

async function fromLocalServer(): Promise<Acquired> {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsgraph-neo4j-'));
  const boltPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === boltPort) httpPort = await freePort();
  const remove = () => rm(dataDir, { recursive: true, force: true });
  // Vitest skips teardown when interrupted (Ctrl-C) or killed; the watcher stops the server then.
  const watcher = stopWithProcess({ dataDir, removeDataDir: true });
  try {
    // Tests start and restart the server often and load little: start-up time matters most.
    const quickStart = true;
    const server = await startLocalNeo4j({
      boltPort,
      httpPort,
      dataDir,
      quickStart,
      logger: firstDownloadNotice,
    });
    const { uri, username, password, database } = server;
    const neo4j: HarnessNeo4j = {
      settings: { uri, username, password, database },
      source: 'local',
      server: { kind: 'local', dataDir, boltPort, httpPort, password, quickStart },
    };
    const stop = async (): Promise<void> => {
      watcher.cancel();
      await server.stop();
      await remove();
    };
    return { neo4j, stop };
  } catch (error) {
    watcher.cancel();
    await remove();
    throw error;
  }
}

/** The one line the setup prints: the first run downloads Neo4j (a minute or so). */
const firstDownloadNotice = { info: (message: string) => process.stderr.write(`${message}\n`) };
