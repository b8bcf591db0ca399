// The README's main job: make sure a Neo4j is there, ingest the sample article, say where to look.
// With NEO4J_URI set that server is used and nothing is started; otherwise the project's local
// Neo4j is started (or reused) on NEO4J_BOLT_PORT / NEO4J_HTTP_PORT (default 7687 / 7474).
// Which server the CLI then writes to is the CLI's own resolution (`newsgraph config`), so the
// demo, the CLI, the notebook and the scripts cannot disagree.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const sample = process.argv[2] ?? 'examples/00-nato-islamic-state.txt';
const node = process.execPath;
const cli = 'packages/cli/dist/bin.js';
const say = (/** @type {string} */ text) => process.stderr.write(`${text}\n`);

/**
 * @param {string[]} args
 * @param {string} what
 * @param {'inherit' | 'pipe'} [stdout]
 */
function run(args, what, stdout = 'inherit') {
  const result = spawnSync(node, args, {
    cwd: root,
    stdio: ['ignore', stdout, 'inherit'],
    env: process.env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    say(`demo: ${what} failed (exit ${result.status ?? result.signal}); see the message above`);
    process.exit(result.status || 1);
  }
  return result.stdout ?? '';
}

const external = Boolean(process.env.NEO4J_URI);
if (external) {
  say('demo: NEO4J_URI is set, so using that server and starting none');
} else {
  say('demo: NEO4J_URI is not set, so using the local Neo4j (pnpm neo4j:start)');
  run(['scripts/neo4j/cli.mjs', 'start'], 'starting the local Neo4j');
}
/** @type {{ uri: string, username: string, database: string, source: string, browserUrl?: string }} */
const connection = JSON.parse(run([cli, 'config', '--json'], 'finding the database', 'pipe'));
say(`demo: writing to ${connection.uri} (database ${connection.database})`);
run([cli, 'ingest', sample], `ingesting ${sample}`);
run([cli, 'stats'], 'reading the graph statistics');

const password = external || process.env.NEO4J_PASSWORD ? '' : ', password newsgraph';
const browser = connection.browserUrl ?? 'your Neo4j Browser (or Aura console)';
say(`
Open Neo4j Browser at ${browser}
  connect with ${connection.uri}, user ${connection.username}${password}
  apply the colours: paste the output of 'pnpm newsgraph browser-style' into Browser
Try:
  MATCH (a)-[r:OPPOSES]->(b) RETURN a.name, b.name, r.sentence;
  MATCH (:Article)-[q:QUOTES]->(p) RETURN p.name, q.text;
  MATCH (p:Person)-[r:LEADS|REPRESENTS]->(o) RETURN p.name, type(r), r.role, o.name;`);
if (!external) say('Stop the local server with: pnpm neo4j:stop');
