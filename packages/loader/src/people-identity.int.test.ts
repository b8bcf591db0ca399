import type { ValidGraphDocument } from '@newsgraph/graph-schema';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { neo4jSettings, openConnection } from '../../../test/neo4j.js';
import { USA, doc, entity, quote, relation } from '../test/fixtures.js';
import { Graph } from '../test/graph.js';
import { createLoader, type Loader } from './index.js';

let graph: Graph;
let loader: Loader;

beforeAll(() => {
  graph = new Graph(neo4jSettings());
  loader = createLoader(openConnection());
});
beforeEach(async () => {
  await graph.clear();
});
afterAll(async () => {
  await loader.close();
  await graph.close();
});

const GBR = entity('State', 'United Kingdom', { key: 'GBR' });
const TONY = entity('Person', 'Tony Blair');
const CHERIE = entity('Person', 'Cherie Blair');
const MR_BLAIR = entity('Person', 'Blair');

/** An article naming the person only by surname, with a fact and a quote of his. */
const surnameArticle = doc('article:mr-blair', {
  entities: [MR_BLAIR, GBR, USA],
  relations: [
    relation('SUPPORTS', MR_BLAIR, USA, 'Mr Blair backed Washington.'),
    relation('LEADS', MR_BLAIR, GBR, 'Prime Minister Blair spoke.', { role: 'Prime Minister' }),
    quote(MR_BLAIR, 'We stand shoulder to shoulder.'),
  ],
});
const fullNameArticle = doc('article:tony-blair', {
  entities: [TONY, GBR],
  relations: [relation('REPRESENTS', TONY, GBR, 'Tony Blair spoke for Britain.')],
});

async function load(...docs: ValidGraphDocument[]): Promise<void> {
  const summary = await loader.loadDocuments(docs);
  expect(summary.failures).toEqual([]);
}

/** Each person node: its id, name, and how many relationships of each kind touch it. */
async function people() {
  return graph.query(
    `MATCH (p:Person)
     RETURN p.id AS id, p.name AS name,
       COUNT { (p)<-[:MENTIONS]-() } AS mentions, COUNT { (p)<-[:QUOTES]-() } AS quotes,
       COUNT { (p)-[:SUPPORTS|LEADS|REPRESENTS]->() } AS facts
     ORDER BY id`,
  );
}

const merged = [{ id: TONY.id, name: 'Tony Blair', mentions: 2, quotes: 1, facts: 3 }];
const apart = [{ id: MR_BLAIR.id, name: 'Blair', mentions: 1, quotes: 1, facts: 2 }];

describe('people named by surname in one article and in full in another', () => {
  it('merges "Mr Blair" into an earlier "Tony Blair", with his facts and quotes', async () => {
    await load(fullNameArticle);
    await load(surnameArticle);
    expect(await people()).toEqual(merged);
    expect(await graph.count('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', MR_BLAIR)).toBe(0);
  });

  it('has a later "Tony Blair" absorb an earlier "Mr Blair"', async () => {
    await load(surnameArticle);
    expect(await people()).toEqual(apart);
    await load(fullNameArticle);
    expect(await people()).toEqual(merged);
  });

  it('merges them when both come in one transaction', async () => {
    await load(surnameArticle, fullNameArticle);
    expect(await people()).toEqual(merged);
  });

  it('undoes the merge when the full-name article is deleted, and redoes it on reload', async () => {
    await load(surnameArticle);
    const before = await graph.snapshot();
    await load(fullNameArticle);
    await loader.deleteArticle(fullNameArticle.article.id);
    expect(await graph.snapshot()).toEqual(before);
    await load(fullNameArticle);
    expect(await people()).toEqual(merged);
    await loader.deleteArticle(surnameArticle.article.id);
    expect(await people()).toEqual([
      { id: TONY.id, name: 'Tony Blair', mentions: 1, quotes: 0, facts: 1 },
    ]);
  });

  it('keeps its own node when two full names share the surname, and never merges wrongly', async () => {
    const cherie = doc('article:cherie', { entities: [CHERIE] });
    await load(fullNameArticle, surnameArticle);
    await load(cherie);
    expect((await people()).map((p) => p.id)).toEqual([MR_BLAIR.id, CHERIE.id, TONY.id]);
    await loader.deleteArticle(cherie.article.id);
    expect(await people()).toEqual(merged);
  });

  it('joins transliterations of one name (Zelensky, Zelenskiy, Zelenskyy) whatever the order', async () => {
    // Two articles say only "Zelenskiy": a surname never names the person beside a full name.
    const names = ['Volodymyr Zelenskyy', 'Zelenskiy', 'Volodymyr Zelensky', 'Zelenskiy'];
    const docs = names.map((name, i) =>
      doc(`article:z${i}`, { entities: [entity('Person', name)] }),
    );
    for (const order of [docs, [...docs].reverse()]) {
      await graph.clear();
      for (const d of order) await load(d);
      expect(await people()).toEqual([
        {
          id: 'person:volodymyr-zelensky',
          name: 'Volodymyr Zelensky',
          mentions: 4,
          quotes: 0,
          facts: 0,
        },
      ]);
    }
  });
  it('settles a repeated name again only when its twins are all in the same transaction', async () => {
    const zelensky = doc('article:zelensky', {
      entities: [entity('Person', 'Volodymyr Zelensky')],
    });
    const variant = (id: string) =>
      doc(id, { entities: [entity('Person', 'Volodymyr Zelenskyy')] });
    await load(zelensky);
    // Each new mention has a twin only in the other new article: both must still move.
    await load(variant('article:v1'), variant('article:v2'));
    // This one has stored twins, all on the settled node already: nothing to move.
    await load(variant('article:v3'));
    expect(await people()).toEqual([
      {
        id: 'person:volodymyr-zelensky',
        name: 'Volodymyr Zelenskyy',
        mentions: 4,
        quotes: 0,
        facts: 0,
      },
    ]);
  });
});
