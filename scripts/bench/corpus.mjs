import { createHash } from 'node:crypto';
import { TOPICS, ROLES } from './names.mjs';
import { int, pick, rng, zipf } from './random.mjs';
import { makeUniverse } from './universe.mjs';

const ACTORS = ['Person', 'State', 'Organization', 'Group'];
const STATE_ORG = ['State', 'Organization'];
/** [type, weight, allowed sources, allowed targets, symmetric, with a role] */
const RELATION_KINDS = [
  ['OPPOSES', 5, ACTORS, ACTORS, false, false],
  ['SUPPORTS', 5, ACTORS, ACTORS, false, false],
  ['ALLIED_WITH', 2, [...STATE_ORG, 'Group'], [...STATE_ORG, 'Group'], true, false],
  ['MEMBER_OF', 2, ACTORS, ['Organization'], false, false],
  ['LEADS', 2, ['Person', ...STATE_ORG], [...STATE_ORG, 'Group'], false, true],
  ['REPRESENTS', 2, ['Person'], STATE_ORG, false, true],
];
const TOTAL_WEIGHT = RELATION_KINDS.reduce((n, k) => n + k[1], 0);

/**
 * N graph documents as the extractor would write them, deterministic for a seed: 15–30 entities
 * per article drawn by Zipf-like popularity from a shared universe (so hubs such as big states
 * appear in many articles), 10–20 relations with evidence sentences and offsets, 0–3 quotes.
 */
export function makeGraphDocuments({ articles, seed = 7, universeSize }) {
  const universe = makeUniverse({ size: universeSize ?? Math.max(2_000, articles * 5), seed });
  const draw = zipf(rng(seed + 1), universe.length, 1);
  const docs = [];
  for (let j = 0; j < articles; j += 1)
    docs.push(makeDocument(j, universe, draw, rng(seed * 1_000_003 + j)));
  return docs;
}

function makeDocument(j, universe, draw, random) {
  const id = `bench-article-${j}`;
  const chosen = new Map();
  const k = int(random, 15, 30);
  while (chosen.size < k) {
    const entity = universe[draw()];
    chosen.set(entity.id, entity);
  }
  const entities = [...chosen.values()];
  const sentences = [];
  let offset = 0;
  const sentence = (text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset = span.end + 1;
    sentences.push(span);
    return span;
  };
  const mentionSpans = (entity) =>
    Array.from({ length: int(random, 1, 4) }, () => {
      const s = sentence(`${entity.surface} was named in sentence ${sentences.length} of ${id}.`);
      return { start: s.start, end: s.start + entity.surface.length, text: entity.surface };
    });
  const docEntities = entities.map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    aliases: e.aliases,
    mentions: mentionSpans(e),
    ...(e.attributes ? { attributes: e.attributes } : {}),
  }));
  const relations = [
    ...makeRelations(entities, random, sentence),
    ...makeQuotes(id, entities, random, sentence),
  ];
  return {
    schemaVersion: 1,
    generator: { name: 'newsgraph-bench', version: '1' },
    article: {
      id,
      title: `Synthetic article ${j}`,
      source: 'bench',
      url: `https://example.org/bench/${j}`,
      publishedAt: new Date(Date.UTC(2024, 0, 1) + j * 3_600_000).toISOString(),
      wordCount: int(random, 400, 900),
      contentHash: createHash('sha256').update(id).digest('hex'),
    },
    entities: docEntities,
    relations,
  };
}

/** 10 to 20 distinct facts between the article's entities, none from an entity to itself. */
function makeRelations(entities, random, sentence) {
  const relations = [];
  const seen = new Set();
  const wanted = int(random, 10, 20);
  for (let tries = 0; relations.length < wanted && tries < wanted * 10; tries += 1) {
    const rel = makeRelation(entities, random, sentence);
    if (rel === undefined) continue;
    const key = `${rel.type}|${rel.source}|${rel.target}`;
    if (seen.has(key) || rel.source === rel.target) continue;
    seen.add(key);
    relations.push(rel);
  }
  return relations;
}

/** Up to three quotes by the article's people, states and organizations. */
function makeQuotes(id, entities, random, sentence) {
  const quotes = [];
  const speakers = entities.filter((e) => ['Person', ...STATE_ORG].includes(e.type));
  for (let q = int(random, 0, 3); q > 0 && speakers.length > 0; q -= 1) {
    const speaker = pick(random, speakers);
    const span = sentence(
      `"We will not accept ${pick(random, TOPICS)} as it stands," ${speaker.surface} said.`,
    );
    quotes.push({
      type: 'QUOTES',
      source: id,
      target: speaker.id,
      properties: { text: span.text.slice(1, span.text.indexOf('",')) },
      evidence: [span],
      confidence: 0.9,
    });
  }
  return quotes;
}

function makeRelation(entities, random, sentence) {
  let x = random() * TOTAL_WEIGHT;
  const kind = RELATION_KINDS.find((k) => (x -= k[1]) < 0) ?? RELATION_KINDS[0];
  const [type, , from, to, symmetric, withRole] = kind;
  const sources = entities.filter((e) => from.includes(e.type));
  const targets = entities.filter((e) => to.includes(e.type));
  if (sources.length === 0 || targets.length === 0) return undefined;
  let source = pick(random, sources);
  let target = pick(random, targets);
  if (symmetric && target.id < source.id) [source, target] = [target, source];
  const evidence = [
    sentence(
      `${source.surface} ${type.toLowerCase().replace('_', ' ')} ${target.surface} over ${pick(random, TOPICS)}.`,
    ),
  ];
  if (random() < 0.3)
    evidence.push(sentence(`Officials repeated that ${source.surface} stood by its position.`));
  return {
    type,
    source: source.id,
    target: target.id,
    properties: withRole && source.type === 'Person' ? { role: pick(random, ROLES) } : {},
    evidence,
    confidence: Math.round((0.5 + random() * 0.5) * 100) / 100,
  };
}

/** Relationships the documents hold once loaded: one MENTIONS per entity, one per relation. */
export function countRelationships(docs) {
  return docs.reduce((n, d) => n + d.entities.length + d.relations.length, 0);
}
