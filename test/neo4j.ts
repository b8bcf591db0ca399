import {
  closeConnection,
  openDriver as openLoaderConnection,
  type Connection,
} from '@newsgraph/loader';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { localNeo4j, waitForBolt } from '../scripts/neo4j/local-neo4j.mjs';
import { controlContainer } from './neo4j-container.js';
import type { HarnessNeo4j, Neo4jSettings } from './neo4j-context.js';

export type { Neo4jSettings } from './neo4j-context.js';

function harness(): HarnessNeo4j {
  const provided = inject('neo4j') as HarnessNeo4j | undefined;
  if (!provided) {
    throw new Error(
      'No Neo4j was provided: only *.int.test.ts files in the vitest "integration" project get one ' +
        '(its globalSetup is test/neo4j-global-setup.ts).',
    );
  }
  return provided;
}

/** Where the integration tests' Neo4j is, and how to log in. */
export function neo4jSettings(): Neo4jSettings {
  return harness().settings;
}

/** A driver for the integration tests' Neo4j; the caller closes it. */
export function openDriver(settings: Neo4jSettings = neo4jSettings()): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password));
}

/** The loader's connection to the tests' Neo4j: createLoader takes it over; close any other. */
export function openConnection(settings: Neo4jSettings = neo4jSettings()): Connection {
  return openLoaderConnection(settings, { userAgent: 'newsgraph-tests' });
}

/** `work` on a connection of its own, closed after it. */
export async function withConnection<T>(
  work: (db: Connection) => Promise<T>,
  settings: Neo4jSettings = neo4jSettings(),
): Promise<T> {
  const db = openConnection(settings);
  try {
    return await work(db);
  } finally {
    await closeConnection(db);
  }
}

export interface ServerControl {
  /** Stops the server cleanly (SIGTERM, or `docker stop`); connections fail until start(). */
  stop(): Promise<void>;
  /** Starts it again on the same data and ports, and waits until Bolt answers. */
  start(): Promise<void>;
}

/**
 * Stop and start the server the harness runs, e.g. to interrupt a load. Throws when the harness
 * does not own the server (NEO4J_URI is set): a test that needs this must fail, not skip.
 */
export function controlServer(): ServerControl {
  const { server, settings } = harness();
  switch (server.kind) {
    case 'local': {
      const local = localNeo4j(server);
      return { stop: () => local.stop(), start: () => local.start() };
    }
    case 'container':
      return {
        stop: () => controlContainer(server.containerId, 'stop'),
        start: async () => {
          await controlContainer(server.containerId, 'start');
          await waitForBolt({ ...settings, timeoutMs: 120_000 });
        },
      };
    case 'none':
      throw new Error(
        `controlServer(): ${server.reason}. Unset NEO4J_URI to let the harness run its own Neo4j.`,
      );
  }
}
