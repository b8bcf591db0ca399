import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { DEFAULTS, freePort, startLocalNeo4j } from '../neo4j/local-neo4j.mjs';
import { stopWithProcess } from '../neo4j/watchdog.mjs';

/**
 * The benchmark's database: NEO4J_URI when set (it must be empty, or --clear given, since the
 * benchmark deletes everything in it), otherwise a local Neo4j of its own on free ports with a
 * throwaway data folder, stopped and deleted by `stop()`.
 */
export async function benchNeo4j({ env, clear, heap = '2g', pageCache = '1g', log }) {
  if (env.NEO4J_URI) {
    const settings = {
      uri: env.NEO4J_URI,
      username: env.NEO4J_USERNAME || DEFAULTS.username,
      password: env.NEO4J_PASSWORD || DEFAULTS.password,
      database: env.NEO4J_DATABASE || DEFAULTS.database,
    };
    const driver = openDriver(settings);
    try {
      const [record] = (
        await driver.executeQuery(
          'MATCH (n) RETURN count(n) AS n LIMIT 1',
          {},
          { database: settings.database },
        )
      ).records;
      if (Number(record?.get('n') ?? 0) > 0 && !clear)
        throw new Error(
          `${settings.uri} is not empty; the benchmark deletes everything in it: pass --clear to allow that`,
        );
    } finally {
      await driver.close();
    }
    return { settings, where: `NEO4J_URI (${settings.uri})`, stop: async () => {} };
  }
  return localBenchNeo4j({ heap, pageCache, log });
}

/** A local Neo4j on free ports in a throwaway folder, stopped and deleted however this process ends. */
async function localBenchNeo4j({ heap, pageCache, log }) {
  const dataDir = await mkdtemp(join(tmpdir(), 'newsgraph-bench-neo4j-'));
  const boltPort = await freePort();
  let httpPort = await freePort();
  while (httpPort === boltPort) httpPort = await freePort();
  log(
    `starting a local Neo4j on ports ${boltPort}/${httpPort} (heap ${heap}, page cache ${pageCache}) in ${dataDir}`,
  );
  // However this process ends (a signal, a closed pipe, an uncaught error, SIGKILL), a detached
  // watcher stops the server and deletes its folder; started first, so start-up is covered too.
  const watcher = stopWithProcess({ dataDir, removeDataDir: true });
  let server;
  try {
    server = await startLocalNeo4j({
      boltPort,
      httpPort,
      dataDir,
      heap,
      pageCache,
      logger: { info: log },
    });
  } catch (error) {
    watcher.cancel();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const { uri, username, password, database } = server;
  let stopped = false;
  return {
    settings: { uri, username, password, database },
    dataDir,
    where: `local Neo4j ${server.version ?? '5.26'} (heap ${heap}, page cache ${pageCache})`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      watcher.cancel();
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function openDriver(settings) {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.username, settings.password), {
    disableLosslessIntegers: true,
  });
}

/** Deletes every node and relationship; with `schema`, every constraint and index too. */
export async function clearDatabase(driver, { database, schema = false }) {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    if (!schema) return;
    for (const r of (await session.run('SHOW CONSTRAINTS YIELD name')).records)
      await session.run(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`);
    for (const r of (
      await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name")
    ).records)
      await session.run(`DROP INDEX \`${r.get('name')}\` IF EXISTS`);
  } finally {
    await session.close();
  }
}

/** Relationships by type and nodes by label, for checking that a reload changed nothing. */
export async function graphCounts(driver, { database }) {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n) UNWIND labels(n) AS k RETURN 'label:' + k AS key, count(*) AS n
            UNION ALL MATCH ()-[r]->() RETURN 'type:' + type(r) AS key, count(*) AS n }
     RETURN key, n ORDER BY key`,
    {},
    { database },
  );
  return Object.fromEntries(records.map((r) => [r.get('key'), Number(r.get('n'))]));
}

export function relationshipTotal(counts) {
  return Object.entries(counts)
    .filter(([k]) => k.startsWith('type:'))
    .reduce((n, [, v]) => n + v, 0);
}
