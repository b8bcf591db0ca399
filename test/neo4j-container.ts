import { DEFAULTS, freePort } from '../scripts/neo4j/local-neo4j.mjs';
import type { HarnessNeo4j } from './neo4j-context.js';

const IMAGE = 'neo4j:5.26-community';
const PROBE_TIMEOUT_MS = 10_000;

/** Undefined when Testcontainers finds a container runtime, else why not. */
export async function containerRuntimeProblem(): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${PROBE_TIMEOUT_MS / 1000} s`)),
      PROBE_TIMEOUT_MS,
    );
  });
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Neo4j container on fixed host ports, so that a test can stop and start it and find it where
 * it was (Docker gives random host ports new numbers on every start).
 */
export async function startContainerNeo4j(): Promise<{
  neo4j: HarnessNeo4j;
  stop: () => Promise<void>;
}> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const boltPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === boltPort) httpPort = await freePort();
  const container = await new Neo4jContainer(IMAGE)
    .withPassword(DEFAULTS.password)
    .withExposedPorts({ container: 7687, host: boltPort }, { container: 7474, host: httpPort })
    .start();
  const settings = {
    uri: `bolt://${container.getHost()}:${boltPort}`,
    username: container.getUsername(),
    password: container.getPassword(),
    database: DEFAULTS.database,
  };
  const neo4j: HarnessNeo4j = {
    settings,
    source: 'testcontainers',
    server: { kind: 'container', containerId: container.getId() },
  };
  return { neo4j, stop: async () => void (await container.stop()) };
}

/** Stops or starts the harness's container by id, from any test worker. */
export async function controlContainer(
  containerId: string,
  action: 'stop' | 'start',
): Promise<void> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  const container = client.container.getById(containerId);
  if (action === 'stop') await client.container.stop(container, { timeout: 30 });
  else await client.container.start(container);
}
