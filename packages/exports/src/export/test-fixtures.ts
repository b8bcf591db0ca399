import type { GraphDocument, Span } from '@newsgraph/graph-schema';

/** Spans of `s` in `text`, as a document records them. */
function spanIn(text: string) {
  return (s: string): Span => {
    const start = text.indexOf(s);
    if (start < 0) throw new Error(`fixture: ${s} not in text`);
    return { start, end: start + s.length, text: s };
  };
}

const A1 =
  'France criticised the United States. "We disagree," Jean Dupont said. Chancellor Angela Merkel leads Germany.';
/** Quotes, a backslash, a semicolon and a comma in names and text: escaping must hold. */
const A2 =
  'French officials backed the United States of America; Germany, an ally of France, agreed. "It\'s a \\ test,\n she said" said O\'Brien & Co.';

/** Two articles that share entities, for merging and every export format. */
export function twoDocuments(): GraphDocument[] {
  const s1 = spanIn(A1);
  const s2 = spanIn(A2);
  const hash = (c: string): string => c.repeat(64);
  return [
    {
      schemaVersion: 1,
      generator: { name: 'test', version: '1.0.0' },
      article: {
        id: 'a1',
        title: 'France and the U.S.',
        publishedAt: '2019-01-02',
        wordCount: 17,
        contentHash: hash('a'),
      },
      entities: [
        {
          id: 'state:FRA',
          type: 'State',
          name: 'France',
          aliases: ['France'],
          mentions: [s1('France')],
          attributes: { iso3: 'FRA' },
        },
        {
          id: 'state:USA',
          type: 'State',
          name: 'United States',
          aliases: ['United States'],
          mentions: [s1('United States')],
        },
        {
          id: 'state:DEU',
          type: 'State',
          name: 'Germany',
          aliases: ['Germany'],
          mentions: [s1('Germany')],
        },
        {
          id: 'person:jean-dupont',
          type: 'Person',
          name: 'Jean Dupont',
          aliases: ['Jean Dupont'],
          mentions: [s1('Jean Dupont')],
        },
        {
          id: 'person:angela-merkel',
          type: 'Person',
          name: 'Angela Merkel',
          aliases: ['Angela Merkel'],
          mentions: [s1('Angela Merkel')],
        },
      ],
      relations: [
        {
          type: 'OPPOSES',
          source: 'state:FRA',
          target: 'state:USA',
          properties: {},
          evidence: [s1('France criticised the United States.')],
          confidence: 0.8,
        },
        {
          type: 'LEADS',
          source: 'person:angela-merkel',
          target: 'state:DEU',
          properties: { role: 'Chancellor' },
          evidence: [s1('Chancellor Angela Merkel leads Germany.')],
          confidence: 0.9,
        },
        {
          type: 'QUOTES',
          source: 'a1',
          target: 'person:jean-dupont',
          properties: { text: 'We disagree,' },
          evidence: [s1('We disagree,')],
          confidence: 0.9,
        },
      ],
    },
    {
      schemaVersion: 1,
      generator: { name: 'test', version: '1.0.0' },
      article: {
        id: 'a2',
        title: 'Backing "America"; or not',
        source: 'Wire, Inc.',
        publishedAt: '2019-03-04',
        wordCount: 20,
        contentHash: hash('b'),
      },
      entities: [
        {
          id: 'state:FRA',
          type: 'State',
          name: 'France',
          aliases: ['French', 'France'],
          mentions: [s2('French'), s2('France')],
          // `member` is no attribute graph-schema allows: it stays in the document, never on the node.
          attributes: { iso3: 'FRA', member: true },
        },
        {
          id: 'state:USA',
          type: 'State',
          name: 'United States of America',
          aliases: ['United States of America'],
          mentions: [s2('United States of America')],
        },
        {
          id: 'state:DEU',
          type: 'State',
          name: 'Germany',
          aliases: ['Germany'],
          mentions: [s2('Germany')],
        },
        {
          id: 'org:obrien-co',
          type: 'Organization',
          name: "O'Brien & Co.",
          aliases: ["O'Brien & Co.", 'OB;C'],
          mentions: [s2("O'Brien & Co.")],
        },
      ],
      relations: [
        {
          type: 'SUPPORTS',
          source: 'state:FRA',
          target: 'state:USA',
          properties: {},
          evidence: [s2('French officials backed the United States of America;')],
          confidence: 0.7,
        },
        {
          type: 'ALLIED_WITH',
          source: 'state:FRA',
          target: 'state:DEU',
          properties: {},
          evidence: [s2('Germany, an ally of France, agreed.')],
          confidence: 0.6,
        },
        {
          type: 'ALLIED_WITH',
          source: 'state:DEU',
          target: 'state:FRA',
          properties: {},
          evidence: [s2('Germany, an ally of France')],
          confidence: 0.65,
        },
        {
          type: 'QUOTES',
          source: 'a2',
          target: 'org:obrien-co',
          properties: { text: "It's a \\ test,\n she said" },
          evidence: [s2("It's a \\ test,\n she said")],
          confidence: 0.5,
        },
      ],
    },
  ];
}
