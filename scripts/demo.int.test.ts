import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { neo4jSettings } from '../test/neo4j.js';
import { freePort, localNeo4j } from './neo4j/local-neo4j.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `node scripts/demo.mjs` (the CLI must be built) with exactly this environment. */
function demo(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/demo.mjs'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The environment of a user's shell, without any Neo4j settings of the test run. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith('NEO4J_')) delete env[name];
  return env;
}

describe('pnpm demo', () => {
  let dataDir: string | undefined;
  afterAll(async () => {
    if (dataDir === undefined) return;
    await localNeo4j({ dataDir }).stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts the local Neo4j on NEO4J_BOLT_PORT/NEO4J_HTTP_PORT, ingests into it, and points there', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'newsgraph-demo-'));
    const boltPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === boltPort) httpPort = await freePort();
    const { code, stderr } = await demo({
      ...baseEnv(),
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HTTP_PORT: String(httpPort),
      NEWSGRAPH_NEO4J_DIR: dataDir,
      NEWSGRAPH_NEO4J_MODE: 'local',
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`demo: writing to bolt://localhost:${boltPort} (database neo4j)`);
    expect(stderr).toContain(`Open Neo4j Browser at http://localhost:${httpPort}/browser/`);
    expect(stderr).toContain(
      `connect with bolt://localhost:${boltPort}, user neo4j, password newsgraph`,
    );
    expect(stderr).toContain('pnpm neo4j:stop');

    const driver = neo4j.driver(
      `bolt://localhost:${boltPort}`,
      neo4j.auth.basic('neo4j', 'newsgraph'),
    );
    try {
      const { records } = await driver.executeQuery(
        "MATCH (a:Article {id: '00-nato-islamic-state'}) RETURN count(a) AS n",
      );
      expect(records[0]?.get('n')).toEqual(neo4j.int(1));
    } finally {
      await driver.close();
    }
    // A first start downloads nothing here (the harness did) but still boots a JVM on a busy box.
  }, 400_000);

  it('run again without the port variables, reuses that server on its ports', async () => {
    if (dataDir === undefined) throw new Error('the first test starts the server');
    const live = await localNeo4j({ dataDir }).running();
    if (live === undefined) throw new Error('the first test left no server running');
    const { code, stderr } = await demo({
      ...baseEnv(),
      NEWSGRAPH_NEO4J_DIR: dataDir,
      NEWSGRAPH_NEO4J_MODE: 'local',
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`demo: writing to bolt://localhost:${live.boltPort} (database neo4j)`);
    expect(stderr).toContain(`Open Neo4j Browser at http://localhost:${live.httpPort}/browser/`);
  }, 300_000);

  it('with NEO4J_URI set, starts nothing, writes there and does not talk of neo4j:stop', async () => {
    const settings = neo4jSettings();
    const stateDir = await mkdtemp(join(tmpdir(), 'newsgraph-demo-none-'));
    const { code, stderr } = await demo({
      ...baseEnv(),
      NEO4J_URI: settings.uri,
      NEO4J_USERNAME: settings.username,
      NEO4J_PASSWORD: settings.password,
      NEO4J_DATABASE: settings.database ?? 'neo4j',
      // A local server started here would record itself in this folder.
      NEWSGRAPH_NEO4J_DIR: stateDir,
      NEWSGRAPH_NEO4J_MODE: 'local',
    });
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`demo: writing to ${settings.uri}`);
    expect(stderr).toContain('starting none');
    expect(stderr).not.toContain('neo4j:stop');
    expect(stderr).not.toContain('password newsgraph');
    expect(await localNeo4j({ dataDir: stateDir }).running()).toBeUndefined();
    await rm(stateDir, { recursive: true, force: true });
  });
});
