import type { BatchRows } from './batches.js';
import { PEOPLE_BY_SURNAME, PERSON_KEYS_OF_ARTICLES } from './cypher/index.js';
import { storedFullKey } from './person-names.js';
import { resolvePeople } from './resolve-people.js';
import { TransientFailure, type Tx } from './runner.js';
import { addCounters, emptyCounters, type Counters } from './summary.js';
import { planAfterArticles, planArticles, planMoves, type Statement } from './write-plan.js';

/** A person mention the change writes: the extractor's id, its name, its keys. */
export interface PersonRow {
  localId: string;
  name: string;
  surnameKey: string;
  /** storedFullKey of the name. */
  fullKey: string;
}

/**
 * Writes (or deletes) articles and then settles who is who among the people they name or named:
 * the surname keys of the articles' people before the change and after it are the only ones
 * whose answer can change, so only their mentions are read again (and of the new ones, only
 * those PEOPLE_BY_SURNAME cannot show to change nothing). All in one transaction, so the reads
 * see this transaction's writes, and nothing half-resolved is ever committed.
 */
export async function writeWithIdentities(
  tx: Tx,
  change: {
    statements: readonly Statement[];
    articleIds: readonly string[];
    people: readonly PersonRow[];
  },
): Promise<Counters> {
  const before =
    change.articleIds.length === 0
      ? []
      : await tx.read(PERSON_KEYS_OF_ARTICLES, { ids: change.articleIds });
  const counters = await tx.run(change.statements);
  const keys = [...new Set(before.map((r) => String(r.key)))].sort();
  addCounters(counters, await resolveIdentities(tx, keys, change));
  return counters;
}

/**
 * writeWithIdentities for a batch of documents, with fewer round trips: MERGE_ARTICLES, which
 * locks the articles, also says which were stored before and their people's surname keys (only
 * those articles have anything to clear), and the identity read is sent right behind the writes
 * (Bolt runs a transaction's statements in order, so it sees them). With `assumeNew` (the
 * caller saw none of the articles stored), everything is sent at once, nothing cleared; should
 * MERGE_ARTICLES then say another transaction stored one meanwhile, the attempt fails as
 * transient and the caller retries it without the assumption.
 */
export async function loadWithIdentities(
  tx: Tx,
  batch: BatchRows,
  batchSize: number,
  assumeNew = false,
): Promise<Counters> {
  const merging = Promise.all(
    planArticles(batch, batchSize).map((st) => tx.query(st.text, st.params)),
  );
  const before = assumeNew ? { ids: [], keys: [] } : storedOf(await merging);
  const read = identityRead(before.keys, {
    articleIds: batch.articleIds,
    people: personRows(batch),
  });
  const [merged, written, rows] = await Promise.allSettled([
    merging,
    tx.run(planAfterArticles(batch, batchSize, before.ids)),
    read === undefined ? [] : tx.read(read.text, read.params),
  ]);
  // A failed statement fails those behind it: the first failure says why (a memory limit, say).
  if (merged.status === 'rejected') throw merged.reason;
  if (written.status === 'rejected') throw written.reason;
  if (rows.status === 'rejected') throw rows.reason;
  if (assumeNew && storedOf(merged.value).ids.length > 0) {
    const message = 'an article of the batch was stored by another transaction meanwhile';
    throw new TransientFailure(message, { cause: new Error(message) });
  }
  const counters = emptyCounters();
  for (const m of merged.value) addCounters(counters, m.counters);
  addCounters(counters, written.value);
  addCounters(counters, await movePeople(tx, rows.value));
  return counters;
}

/** The articles MERGE_ARTICLES found stored, and their people's surname keys, sorted. */
function storedOf(results: readonly { rows: Record<string, unknown>[] }[]): {
  ids: string[];
  keys: string[];
} {
  const ids: string[] = [];
  const keys = new Set<string>();
  for (const row of results.flatMap((r) => r.rows)) {
    if (row.stored !== true) continue;
    ids.push(String(row.id));
    for (const key of row.keys as unknown[]) keys.add(String(key));
  }
  return { ids, keys: [...keys].sort() };
}

function personRows(batch: BatchRows): PersonRow[] {
  return batch.mentions.flatMap((m) =>
    m.surnameKey === null
      ? []
      : [
          {
            localId: m.entity,
            name: m.name,
            surnameKey: m.surnameKey,
            fullKey: storedFullKey(m.name),
          },
        ],
  );
}

async function resolveIdentities(
  tx: Tx,
  keys: readonly string[],
  change: { articleIds: readonly string[]; people: readonly PersonRow[] },
): Promise<Counters> {
  const read = identityRead(keys, change);
  return read === undefined
    ? emptyCounters()
    : movePeople(tx, await tx.read(read.text, read.params));
}

/** The read of the stored mentions whose people may need settling; none when none may. */
function identityRead(
  keys: readonly string[],
  change: { articleIds: readonly string[]; people: readonly PersonRow[] },
): Statement | undefined {
  const people = distinctPeople(change.people);
  if (keys.length === 0 && people.length === 0) return undefined;
  return { text: PEOPLE_BY_SURNAME, params: { keys, people, articleIds: change.articleIds } };
}

async function movePeople(tx: Tx, rows: readonly Record<string, unknown>[]): Promise<Counters> {
  const moves = resolvePeople(
    rows.map((r) => ({ localId: String(r.localId), name: String(r.name), node: String(r.node) })),
  );
  return moves.length === 0 ? emptyCounters() : tx.run(planMoves(moves));
}

function distinctPeople(people: readonly PersonRow[]): PersonRow[] {
  const byKey = new Map<string, PersonRow>();
  for (const p of people) byKey.set(`${p.localId}\0${p.name}\0${p.surnameKey}`, p);
  return [...byKey.values()];
}
