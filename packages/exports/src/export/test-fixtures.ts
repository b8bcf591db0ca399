import type { EntityType, GraphDocument, Entity, Relation, Span } from '@newsgraph/graph-schema';
import { doc } from '../../../../graph-schema/src/test-fixtures.js';

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

interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  /** Default: the name alone. */
  aliases?: string[];
  /** What the text says, one mention each (default: the aliases). */
  mentioned?: string[];
  attributes?: Record<string, string | number | boolean>;
}

/** An entity of a document whose text `span` finds its mentions in. */
function entity(span: (s: string) => Span, spec: EntitySpec): Entity {
  const { mentioned, attributes, ...rest } = spec;
  const aliases = spec.aliases ?? [spec.name];
  return {
    ...rest,
    aliases,
    mentions: (mentioned ?? aliases).map(span),
    ...(attributes === undefined ? {} : { attributes }),
  };
}

interface RelationSpec {
  type: Relation['type'];
  source: string;
  target: string;
  properties?: Record<string, string>;
  /** The sentence (or part of one) that says so. */
  evidence: string;
  confidence: number;
}

function relation(span: (s: string) => Span, spec: RelationSpec): Relation {
  const { type, source, target, properties = {}, evidence, confidence } = spec;
  return { type, source, target, properties, evidence: [span(evidence)], confidence };
}

const hash = (c: string): string => c.repeat(64);

/** France opposes the U.S., a quote from Jean Dupont, Merkel leads Germany. */
function firstDocument(): GraphDocument {
  const s = spanIn(A1);
  return doc('a1', {
    article: {
      title: 'France and the U.S.',
      source: undefined,
      url: undefined,
      publishedAt: '2019-01-02',
      wordCount: 17,
      contentHash: hash('a'),
    },
    entities: [
      entity(s, { id: 'state:FRA', type: 'State', name: 'France', attributes: { iso3: 'FRA' } }),
      entity(s, { id: 'state:USA', type: 'State', name: 'United States' }),
      entity(s, { id: 'state:DEU', type: 'State', name: 'Germany' }),
      entity(s, { id: 'person:jean-dupont', type: 'Person', name: 'Jean Dupont' }),
      entity(s, { id: 'person:angela-merkel', type: 'Person', name: 'Angela Merkel' }),
    ],
    relations: [
      relation(s, {
        type: 'OPPOSES',
        source: 'state:FRA',
        target: 'state:USA',
        evidence: 'France criticised the United States.',
        confidence: 0.8,
      }),
      relation(s, {
        type: 'LEADS',
        source: 'person:angela-merkel',
        target: 'state:DEU',
        properties: { role: 'Chancellor' },
        evidence: 'Chancellor Angela Merkel leads Germany.',
        confidence: 0.9,
      }),
      relation(s, {
        type: 'QUOTES',
        source: 'a1',
        target: 'person:jean-dupont',
        properties: { text: 'We disagree,' },
        evidence: 'We disagree,',
        confidence: 0.9,
      }),
    ],
  });
}

/** The same states under other names, an alliance said twice, a quote full of escapes. */
function secondDocument(): GraphDocument {
  const s = spanIn(A2);
  return doc('a2', {
    article: {
      title: 'Backing "America"; or not',
      source: 'Wire, Inc.',
      url: undefined,
      publishedAt: '2019-03-04',
      wordCount: 20,
      contentHash: hash('b'),
    },
    entities: [
      entity(s, {
        id: 'state:FRA',
        type: 'State',
        name: 'France',
        aliases: ['French', 'France'],
        // `member` is no attribute graph-schema allows: it stays in the document, never on the node.
        attributes: { iso3: 'FRA', member: true },
      }),
      entity(s, { id: 'state:USA', type: 'State', name: 'United States of America' }),
      entity(s, { id: 'state:DEU', type: 'State', name: 'Germany' }),
      entity(s, {
        id: 'org:obrien-co',
        type: 'Organization',
        name: "O'Brien & Co.",
        aliases: ["O'Brien & Co.", 'OB;C'],
        mentioned: ["O'Brien & Co."],
      }),
    ],
    relations: secondRelations(s),
  });
}

function secondRelations(s: (text: string) => Span): Relation[] {
  const [fra, deu] = ['state:FRA', 'state:DEU'];
  return [
    relation(s, {
      type: 'SUPPORTS',
      source: fra,
      target: 'state:USA',
      evidence: 'French officials backed the United States of America;',
      confidence: 0.7,
    }),
    relation(s, {
      type: 'ALLIED_WITH',
      source: fra,
      target: deu,
      evidence: 'Germany, an ally of France, agreed.',
      confidence: 0.6,
    }),
    relation(s, {
      type: 'ALLIED_WITH',
      source: deu,
      target: fra,
      evidence: 'Germany, an ally of France',
      confidence: 0.65,
    }),
    relation(s, {
      type: 'QUOTES',
      source: 'a2',
      target: 'org:obrien-co',
      properties: { text: "It's a \\ test,\n she said" },
      evidence: "It's a \\ test,\n she said",
      confidence: 0.5,
    }),
  ];
}

/** Two articles that share entities, for merging and every export format. */
export function twoDocuments(): GraphDocument[] {
  return [firstDocument(), secondDocument()];
}
