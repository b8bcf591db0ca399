import { CITIES, GROUPS, ROLES, TOPICS } from './names.mjs';
import { int, pick, rng, zipf } from './random.mjs';
import { makeUniverse } from './universe.mjs';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER = [
  'Analysts said the move could reshape the economy of the region for years, although several diplomats cautioned that the talks remained fragile.',
  'The announcement came after weeks of negotiations that were at times described as tense by people familiar with the discussions.',
  'Markets reacted calmly to the news, with bond yields little changed and the currency trading in a narrow range through the afternoon.',
  'Critics argued that the proposal did not go far enough and warned that ordinary families would bear most of the cost.',
  'A final decision is expected before the end of the month, when ministers are due to meet again to review the progress made so far.',
  'Officials did not give details about the timetable, saying only that technical teams would continue their work over the coming days.',
  'The talks were held behind closed doors, and neither side released a joint statement after the meeting ended late in the evening.',
  'Humanitarian groups welcomed the step but said that much more needed to be done to reach the people most affected by the crisis.',
  'Opposition lawmakers demanded a full debate in parliament and accused the government of acting without a clear mandate from voters.',
  'The dispute has strained relations between the neighbours for more than a decade and has repeatedly disrupted trade across the border.',
];
const QUOTES = [
  'We will not accept any deal that undermines our security',
  'This is a historic day for our people and for the whole region',
  'The door to dialogue remains open, but time is running out',
  'Our position has not changed and it will not change under pressure',
  'We expect our partners to keep the promises they have made',
];

/**
 * Article texts for the extraction and ingest benchmarks, from templates filled with names from a
 * general list: people with titles, states, organizations, places; quotes with attributions;
 * filler paragraphs for length. About 450–700 words each; deterministic for a seed.
 */
export function articleGenerator({ seed = 11, universeSize = 5_000 } = {}) {
  const universe = makeUniverse({ size: universeSize, seed });
  const byType = (types) => universe.filter((e) => types.includes(e.type));
  const pools = {
    person: byType(['Person']),
    state: byType(['State']),
    org: byType(['Organization']),
  };
  const draws = Object.fromEntries(
    Object.entries(pools).map(([k, list], i) => [k, zipf(rng(seed + i), list.length, 1)]),
  );
  const one = (kind) => pools[kind][draws[kind]()];
  return (j) => makeArticle(j, one, rng(seed * 7_919 + j));
}

function makeArticle(j, one, random) {
  const p = () => one('person');
  const s = () => one('state');
  const o = () => one('org');
  const day = () => pick(random, DAYS);
  const topic = () => pick(random, TOPICS);
  const city = () => pick(random, CITIES);
  const surname = (person) => person.aliases[1] ?? person.name;
  const templates = [
    () => {
      const x = p();
      return `${x.name}, the ${pick(random, ROLES)} of ${s().surface}, said on ${day()} that ${s().surface} would oppose ${topic()}.`;
    },
    () => `${s().surface} and ${s().surface} signed ${topic()} in ${city()} on ${day()}.`,
    () => {
      const x = p();
      return `"${pick(random, QUOTES)}," ${x.name} told reporters in ${city()}. ${surname(x)} later repeated the point.`;
    },
    () =>
      `${s().surface} is a member of ${o().surface}, and its government has backed ${topic()} since the spring.`,
    () =>
      `${o().surface.replace(/^the/, 'The')} criticised ${s().surface} for its decision to support ${topic()}, according to officials in ${city()}.`,
    () => {
      const x = p();
      return `${x.name} leads ${o().surface} and has met the ${pick(random, ROLES)} of ${s().surface} twice this year.`;
    },
    () =>
      `${s().surface} condemned the attacks by the ${pick(random, GROUPS)} near ${city()} on ${day()}.`,
    () =>
      `${s().surface} and ${s().surface} are allies, and both rejected the demands made by ${s().surface}.`,
  ];
  const paragraphs = [];
  let words = 0;
  const target = int(random, 450, 700);
  while (words < target) {
    const sentences = [];
    for (let k = int(random, 2, 4); k > 0; k -= 1)
      sentences.push(capitalize(pick(random, templates)()));
    for (let k = int(random, 1, 2); k > 0; k -= 1) sentences.push(pick(random, FILLER));
    const paragraph = sentences.join(' ');
    words += paragraph.split(/\s+/).length;
    paragraphs.push(paragraph);
  }
  const lead = s();
  return {
    id: `bench-text-${j}`,
    title: `${lead.surface.replace(/^the/, 'The')} weighs ${topic()}`,
    source: 'Newsgraph Bench Wire',
    url: `https://example.org/wire/${j}`,
    publishedAt: new Date(Date.UTC(2024, 0, 1) + j * 600_000).toISOString(),
    text: paragraphs.join('\n\n'),
  };
}

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

export function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Generated articles, in order, until they hold at least `minWords` words. */
export function articlesOfWords(minWords, { seed = 23 } = {}) {
  const next = articleGenerator({ seed });
  const articles = [];
  let words = 0;
  while (words < minWords) {
    const a = next(articles.length);
    articles.push(a);
    words += countWords(a.text);
  }
  return { articles, words };
}
