import { ENTITY_TYPES, RELATIONSHIP_TYPES } from '../../graph-schema/dist/index.js';
import { createLoader, openDriver as openConnection } from '../../packages/loader/dist/index.js';
import { clearDatabase, graphCounts, openDriver, relationshipTotal } from './bench-neo4j.mjs';
import { relationshipRows } from './rows.mjs';

/** Documents per loader call, as the CLI's `load` and `ingest` send them. */
const DOCUMENTS_PER_CALL = 200;

/**
 * Loads the same documents three ways into an empty database and reports relationships per
 * second: the raw `UNWIND … CREATE` bound (no constraints, endpoints by element id), the naive
 * one-MERGE-per-row baseline (on a sample, extrapolated), and our loader; then reloads with ours.
 */
export async function benchLoad({ settings, docs, log, naiveSeconds = 30, loaderOptions = {} }) {
  const driver = openDriver(settings);
  const db = { database: settings.database };
  try {
    await warmUp(settings, driver, docs.slice(0, Math.min(500, docs.length)), db, log);
    await clearDatabase(driver, { ...db, schema: true });
    log('load: UNWIND … CREATE bound');
    const create = await createBound(driver, docs, db);
    log(`  ${create.rels} relationships in ${create.seconds.toFixed(1)} s`);

    await clearDatabase(driver, { ...db, schema: true });
    const loader = createLoader(openConnection(settings), loaderOptions);
    try {
      await loader.applySchema();
      log(`load: naive MERGE per row (at most ${naiveSeconds} s, then extrapolated)`);
      const naive = await naiveLoad(driver, docs, db, naiveSeconds);
      log(
        `  ${naive.rels} relationships of ${naive.articles} articles in ${naive.seconds.toFixed(1)} s`,
      );

      await clearDatabase(driver, db);
      log('load: our loader');
      const first = await timed(() => loadAll(loader, docs));
      const counts = await graphCounts(driver, db);
      const rels = relationshipTotal(counts);
      log(`  ${rels} relationships in ${first.seconds.toFixed(1)} s`);

      log('load: our loader again, unchanged corpus');
      const again = await timed(() => loadAll(loader, docs));
      const countsAgain = await graphCounts(driver, db);
      const unchanged = JSON.stringify(countsAgain) === JSON.stringify(counts);
      log(
        `  ${again.seconds.toFixed(1)} s, ${again.value.skipped} skipped, counts ${unchanged ? 'unchanged' : 'CHANGED'}`,
      );
      return {
        create,
        naive,
        ours: { rels, seconds: first.seconds, summary: first.value, counts },
        reload: { rels, seconds: again.seconds, summary: again.value, unchanged },
      };
    } finally {
      await loader.close();
    }
  } finally {
    await driver.close();
  }
}

/**
 * A fresh JVM runs the first few thousand transactions several times slower (JIT, caches): every
 * method runs once on a slice of the corpus, unrecorded, so none is measured cold.
 */
async function warmUp(settings, driver, docs, db, log) {
  log(`load: warming the database up (${docs.length} articles, each method, not recorded)`);
  await clearDatabase(driver, { ...db, schema: true });
  await createBound(driver, docs, db);
  await clearDatabase(driver, { ...db, schema: true });
  const loader = createLoader(openConnection(settings));
  try {
    await loader.applySchema();
    await naiveLoad(driver, docs.slice(0, 3), db, 5);
    await clearDatabase(driver, db);
    await loadAll(loader, docs);
  } finally {
    await loader.close();
  }
}

async function timed(fn) {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function loadAll(loader, docs) {
  const total = {
    articles: 0,
    skipped: 0,
    failures: [],
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
  };
  for (let i = 0; i < docs.length; i += DOCUMENTS_PER_CALL) {
    const s = await loader.loadDocuments(docs.slice(i, i + DOCUMENTS_PER_CALL));
    total.articles += s.articles;
    total.skipped += s.skipped;
    total.relationshipsCreated += s.relationshipsCreated;
    total.relationshipsDeleted += s.relationshipsDeleted;
    total.failures.push(...s.failures);
  }
  if (total.failures.length > 0)
    throw new Error(`loader failures: ${JSON.stringify(total.failures.slice(0, 3))}`);
  return total;
}

const label = (type) => {
  if (!ENTITY_TYPES.includes(type)) throw new Error(`unexpected label ${type}`);
  return type;
};
const relType = (type) => {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`unexpected type ${type}`);
  return type;
};

/** The write-throughput ceiling: plain CREATEs of deduplicated nodes, then relationships by element id. */
async function createBound(driver, docs, db, batch = 5000) {
  const { articles, entities, rels } = relationshipRows(docs);
  const started = process.hrtime.bigint();
  const session = driver.session(db);
  const eid = new Map();
  try {
    const createNodes = async (labels, rows) => {
      for (let i = 0; i < rows.length; i += batch) {
        const res = await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row CREATE (n:${labels}) SET n = row.props RETURN row.id AS id, elementId(n) AS eid`,
            {
              rows: rows.slice(i, i + batch),
            },
          ),
        );
        for (const r of res.records) eid.set(r.get('id'), r.get('eid'));
      }
    };
    await createNodes('Article', articles);
    for (const type of ENTITY_TYPES)
      await createNodes(
        `Entity:${label(type)}`,
        entities.filter((e) => e.type === type),
      );
    let count = 0;
    for (const [type, list] of rels) {
      const rows = list.map((r) => ({ a: eid.get(r.from), b: eid.get(r.to), props: r.props }));
      for (let i = 0; i < rows.length; i += batch) {
        const res = await session.executeWrite((tx) =>
          tx.run(
            `UNWIND $rows AS row MATCH (a) WHERE elementId(a) = row.a MATCH (b) WHERE elementId(b) = row.b
             CREATE (a)-[r:${relType(type)}]->(b) SET r = row.props`,
            { rows: rows.slice(i, i + batch) },
          ),
        );
        count += res.summary.counters.updates().relationshipsCreated;
      }
    }
    return { rels: count, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
  } finally {
    await session.close();
  }
}

/**
 * One auto-commit MERGE per node and per relationship, awaited one after another, the way many
 * row-by-row import scripts load; stops after `maxSeconds` and reports the rate so far.
 */
async function naiveLoad(driver, docs, db, maxSeconds) {
  const session = driver.session(db);
  let started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
  let rels = 0;
  let articles = 0;
  try {
    for (const [i, doc] of docs.entries()) {
      // The first article warms the query cache and is not counted.
      if (i === 1) [started, rels, articles] = [process.hrtime.bigint(), 0, 0];
      if (elapsed() > maxSeconds) break;
      const {
        articles: [article],
        entities,
        rels: byType,
      } = relationshipRows([doc]);
      await session.run('MERGE (a:Article {id: $id}) SET a += $props', article);
      for (const e of entities)
        await session.run(
          `MERGE (e:Entity {id: $id}) ON CREATE SET e.name = $props.name, e.aliases = $props.aliases SET e:${label(e.type)}`,
          e,
        );
      for (const [type, list] of byType) {
        const fromLabel = type === 'MENTIONS' || type === 'QUOTES' ? 'Article' : 'Entity';
        // MERGE on the article id keeps the naive load idempotent, as ours is.
        const key = type === 'MENTIONS' ? '' : ' {articleId: $props.articleId}';
        for (const r of list) {
          await session.run(
            `MATCH (a:${fromLabel} {id: $from}) MATCH (b:Entity {id: $to}) MERGE (a)-[r:${relType(type)}${key}]->(b) SET r += $props`,
            r,
          );
          rels += 1;
        }
      }
      articles += 1;
    }
    return { rels, articles, seconds: elapsed(), sampled: articles < docs.length - 1 };
  } finally {
    await session.close();
  }
}
