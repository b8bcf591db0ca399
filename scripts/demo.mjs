// The README's main job: make sure a Neo4j is there, ingest the sample article, say where to look.
// Uses NEO4J_URI when set; otherwise starts (or reuses) the project's local Neo4j.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = process.argv[2] ?? 'examples/00-nato-islamic-state.txt';
const node = process.execPath;

function run(args, what) {
  const result = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(
      `demo: ${what} failed (exit ${result.status ?? result.signal}); see the message above`,
    );
    process.exit(result.status || 1);
  }
}

if (!process.env.NEO4J_URI) {
  console.error('demo: NEO4J_URI is not set, so using the local Neo4j (pnpm neo4j:start)');
  run(['scripts/neo4j/cli.mjs', 'start'], 'starting the local Neo4j');
}
const cli = 'packages/cli/dist/bin.js';
run([cli, 'ingest', sample], `ingesting ${sample}`);
run([cli, 'stats'], 'reading the graph statistics');

const httpPort = process.env.NEO4J_HTTP_PORT ?? '7474';
const browser = process.env.NEO4J_URI
  ? '(your Neo4j Browser)'
  : `http://localhost:${httpPort}/browser/`;
console.error(`
Open Neo4j Browser at ${browser}
  connect with ${process.env.NEO4J_URI ?? 'bolt://localhost:7687'}, user ${process.env.NEO4J_USERNAME ?? 'neo4j'}${
    process.env.NEO4J_URI ? '' : ', password newsgraph'
  }
  apply the colours: paste the output of 'pnpm newsgraph browser-style' into Browser
Try:
  MATCH (a)-[r:OPPOSES]->(b) RETURN a.name, b.name, r.sentence;
  MATCH (:Article)-[q:QUOTES]->(p) RETURN p.name, q.text;
  MATCH (p:Person)-[r:LEADS|REPRESENTS]->(o) RETURN p.name, type(r), r.role, o.name;
Stop the local server with: pnpm neo4j:stop`);
