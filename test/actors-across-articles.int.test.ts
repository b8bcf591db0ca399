/**
 * One identity per actor across articles, from text to database: the extractor's actor table
 * (dated roles) names each person, the loader merges by those names. Lives at the root because it
 * runs both packages, which never import each other.
 */
import { extract } from '@newsgraph/extractor';
import { parseGraphDocument, type GraphDocument } from '@newsgraph/graph-schema';
import { createLoader, type Loader } from '@newsgraph/loader';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Graph } from '../packages/loader/test/graph.js';
import { neo4jSettings, openConnection } from './neo4j.js';

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

// Articles written for this test; only their dates tell the two Presidents Bush apart.
const gulf = extract(
  'Bush warns Iraq\n\nPresident Bush said on Tuesday that the United States would not accept ' +
    'the invasion of Kuwait. Bush spoke to reporters at the White House.',
  { id: 'article:bush-1990', publishedAt: '1990-08-14' },
);
const campaign = extract(
  'Bush campaigns in Ohio\n\nPresident Bush told supporters in Ohio that the United States was ' +
    'safer than four years ago. Bush will travel to Florida next week.',
  { id: 'article:bush-2004', publishedAt: '2004-10-20' },
);
const fullName = extract(
  'Blair visits Ghana\n\nTony Blair arrived in Accra on Wednesday. The British prime minister ' +
    'promised more aid for Africa.',
  { id: 'article:tony-blair', publishedAt: '2005-02-09' },
);
const surname = extract(
  'Blair on schools\n\nMr Blair said on Monday that Britain would build more schools. ' +
    'Mr Blair spoke in London.',
  { id: 'article:mr-blair', publishedAt: '2005-03-14' },
);

async function load(...docs: GraphDocument[]): Promise<void> {
  const summary = await loader.loadDocuments(docs.map((doc) => parseGraphDocument(doc)));
  expect(summary.failures).toEqual([]);
}

/** Each person and the articles that mention it. */
async function people(): Promise<{ name: string; articles: string[] }[]> {
  return graph.query(
    `MATCH (p:Person)<-[:MENTIONS]-(a)
     WITH p, a.id AS article ORDER BY article
     RETURN p.name AS name, collect(article) AS articles
     ORDER BY name`,
  );
}

describe('actor identity across articles', () => {
  const bushes = [
    { name: 'George Bush', articles: ['article:bush-1990'] },
    { name: 'George W. Bush', articles: ['article:bush-2004'] },
  ];

  it('gives "President Bush" of 1990 and of 2004 two people, in either order', async () => {
    await load(gulf);
    await load(campaign);
    expect(await people()).toEqual(bushes);
    await graph.clear();
    await load(campaign);
    await load(gulf);
    expect(await people()).toEqual(bushes);
  });

  it('merges "Mr Blair" of a later article with "Tony Blair" of an earlier one, in either order', async () => {
    const blair = [{ name: 'Tony Blair', articles: ['article:mr-blair', 'article:tony-blair'] }];
    await load(fullName);
    await load(surname);
    expect(await people()).toEqual(blair);
    await graph.clear();
    await load(surname);
    await load(fullName);
    expect(await people()).toEqual(blair);
  });
});
