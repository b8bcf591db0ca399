import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureNeo4j, freePort, localNeo4j } from '../../scripts/neo4j/local-neo4j.mjs';
import { requireJava } from '../../scripts/neo4j/java.mjs';
import { renderNeo4jConf } from '../../scripts/neo4j/neo4j-conf.mjs';
import { exportGraph } from '../../packages/exports/src/index.js';
import { twoDocuments } from '../../packages/exports/src/export/test-fixtures.js';

// Runs the real neo4j-admin from the Neo4j the harness downloads, into a throwaway home of its
// own, then starts a server on that home to read the graph back.
describe('the neo4j-admin export', () => {
  let home: string | undefined;
  let stop: (() => Promise<void>) | undefined;
  let driver: Driver | undefined;
  afterAll(async () => {
    await driver?.close();
    await stop?.();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('is imported by running its import.sh with sh, and gives the graph the documents hold', async () => {
    home = await mkdtemp(join(tmpdir(), 'newsgraph-admin-import-'));
    const files = exportGraph(twoDocuments(), 'neo4j-admin');
    const dir = join(home, 'import-files');
    await mkdir(dir, { recursive: true });
    for (const f of files) await writeFile(join(dir, f.path), f.content);
    const boltPort = await freePort();
    let httpPort = await freePort();
    while (httpPort === boltPort) httpPort = await freePort();
    await mkdir(join(home, 'conf'), { recursive: true });
    await writeFile(join(home, 'conf', 'neo4j.conf'), renderNeo4jConf({ boltPort, httpPort }));

    const { command: java } = requireJava();
    const { classpath } = await ensureNeo4j({});
    // import.sh as a user runs it, with sh, calling a neo4j-admin that is the downloaded one.
    const bin = join(home, 'bin');
    await mkdir(bin, { recursive: true });
    const admin = `#!/bin/sh\nexec "${java}" -cp "${classpath}" org.neo4j.cli.AdminTool "$@"\n`;
    await writeFile(join(bin, 'neo4j-admin'), admin, { mode: 0o755 });
    const result = spawnSync('sh', [join(dir, 'import.sh'), 'neo4j'], {
      // neo4j-admin writes import.report into its working folder
      cwd: home,
      env: {
        ...process.env,
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        NEO4J_HOME: home,
        NEO4J_CONF: join(home, 'conf'),
      },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/IMPORT DONE/);
    expect(result.stdout).toMatch(/8 nodes\s+15 relationships/);

    const server = localNeo4j({ dataDir: home, boltPort, httpPort, password: 'newsgraph-import' });
    await server.start();
    stop = () => server.stop();
    driver = neo4j.driver(server.uri, neo4j.auth.basic(server.username, server.password), {
      disableLosslessIntegers: true,
    });
    const org = await driver.executeQuery(
      "MATCH (o:Entity:Organization {id: 'org:obrien-co'}) RETURN o.name AS name, o.aliases AS aliases, labels(o) AS labels",
    );
    expect(org.records[0]?.toObject()).toEqual({
      name: "O'Brien & Co.",
      aliases: ["O'Brien & Co.", 'OB;C'],
      labels: ['Entity', 'Organization'],
    });
    const quote = await driver.executeQuery(
      "MATCH (:Article {id: 'a2'})-[q:QUOTES]->(s) RETURN q.text AS text, q.start AS start, q.confidence AS confidence, s.id AS speaker",
    );
    expect(quote.records[0]?.toObject()).toEqual({
      text: "It's a \\ test,\n she said",
      start: 91,
      confidence: 0.5,
      speaker: 'org:obrien-co',
    });
    const leads = await driver.executeQuery(
      'MATCH (p)-[r:LEADS]->(s) RETURN p.id AS p, r.role AS role, r.starts AS starts, s.id AS s',
    );
    expect(leads.records.map((r) => r.toObject())).toEqual([
      { p: 'person:angela-merkel', role: 'Chancellor', starts: [70], s: 'state:DEU' },
    ]);
    const france = await driver.executeQuery(
      "MATCH (f:State {id: 'state:FRA'}) RETURN f.member AS member, f.iso3 AS iso3",
    );
    // Only graph-schema's allowed attributes reach a node, as with the loader.
    expect(france.records[0]?.toObject()).toEqual({ member: null, iso3: 'FRA' });
  });
});
