import { describe, expect, it } from 'vitest';
import { codePointOffsets, readDwie } from './dwie-read.js';
import { summarizeDwie } from './dwie-report.js';
import { scoreDwieArticle } from './dwie-score.js';

// A made-up article: an astral emoji before the names shifts UTF-16 offsets by one.
const TEXT = '😀 Norwegian Prime Minister Lena Berg met Ola Dahl of the Green Party.';
const cp = (s: string): number => [...TEXT.slice(0, TEXT.indexOf(s))].length;
const mention = (text: string, concept: number) => ({
  begin: cp(text),
  end: cp(text) + [...text].length,
  text,
  concept,
});
const RAW = {
  id: 'T1',
  content: TEXT,
  mentions: [
    mention('Norwegian', 0),
    mention('Lena Berg', 2),
    mention('Ola Dahl', 3),
    mention('Green Party', 4),
  ],
  concepts: [
    { concept: 0, text: 'Norwegian', tags: ['type::gpe0-x'] },
    { concept: 1, tags: [] },
    { concept: 2, text: 'Lena Berg', link: 'Lena_Berg', tags: ['type::person'] },
    { concept: 3, text: 'Ola Dahl', tags: ['type::person'] },
    { concept: 4, text: 'Green Party', tags: ['type::organization', 'type::party'] },
  ],
  relations: [
    { s: 0, p: 'gpe0', o: 1 },
    { s: 2, p: 'head_of_gov', o: 1 },
    { s: 2, p: 'agent_of', o: 1 },
    { s: 3, p: 'member_of', o: 4 },
    { s: 3, p: 'citizen_of', o: 1 },
  ],
};
const span = (text: string) => ({
  start: TEXT.indexOf(text),
  end: TEXT.indexOf(text) + text.length,
  text,
});

describe('readDwie', () => {
  it('converts code point offsets to UTF-16 offsets', () => {
    expect(codePointOffsets('a😀b')).toEqual([0, 1, 3, 4]);
    const article = readDwie(RAW, 't1.json');
    const berg = article.concepts.find((c) => c.key === 2);
    expect(berg?.mentions).toEqual([
      { start: TEXT.indexOf('Lena Berg'), end: TEXT.indexOf('Lena Berg') + 9 },
    ]);
  });

  it("makes a country named only by its demonym a state and maps the scored predicates (a head's agent_of is not required beside head_of)", () => {
    const article = readDwie(RAW, 't1.json');
    expect(article.concepts.find((c) => c.key === 1)?.type).toBe('State');
    expect(article.relations).toEqual([
      { type: 'LEADS', source: 2, target: 1 },
      { type: 'MEMBER_OF', source: 3, target: 4 },
    ]);
  });

  it('counts one triple once when two DWIE predicates map onto it (minister_of and agent_of)', () => {
    const raw = {
      ...RAW,
      relations: [
        ...RAW.relations,
        { s: 3, p: 'minister_of', o: 1 },
        { s: 3, p: 'agent_of', o: 1 },
        { s: 2, p: 'head_of_state', o: 1 },
      ],
    };
    expect(readDwie(raw, 't1.json').relations).toEqual([
      { type: 'LEADS', source: 2, target: 1 },
      { type: 'MEMBER_OF', source: 3, target: 4 },
      { type: 'REPRESENTS', source: 3, target: 1 },
    ]);
  });

  it('rejects a mention outside the text, naming the file', () => {
    const bad = { ...RAW, mentions: [{ begin: 0, end: 999, text: 'x', concept: 2 }] };
    expect(() => readDwie(bad, 'bad.json')).toThrow(/mention 0/);
  });
});

describe('scoreDwieArticle', () => {
  const gold = readDwie(RAW, 't1.json');
  const entity = (
    id: string,
    type: 'Person' | 'State' | 'Organization',
    name: string,
    texts: string[],
  ) => ({
    id,
    type,
    name,
    aliases: [name],
    mentions: texts.map(span),
  });
  const rel = (type: 'LEADS' | 'REPRESENTS' | 'MEMBER_OF', source: string, target: string) => ({
    type,
    source,
    target,
    properties: {},
    evidence: [span('Lena Berg')],
    confidence: 1,
  });

  it('scores entities, a duplicate, and relations through the demonym-only state', () => {
    const score = scoreDwieArticle(gold, {
      entities: [
        entity('state:NOR', 'State', 'Norway', ['Norwegian']),
        entity('person:lena-berg', 'Person', 'Lena Berg', ['Lena Berg']),
        entity('person:ola-dahl', 'Person', 'Ola Dahl', ['Ola Dahl']),
        entity('person:dahl', 'Person', 'Ola Dahl', []),
      ],
      relations: [
        rel('LEADS', 'person:lena-berg', 'state:NOR'),
        rel('REPRESENTS', 'person:lena-berg', 'state:NOR'),
        rel('MEMBER_OF', 'person:ola-dahl', 'state:NOR'),
      ],
    });
    expect(score.entities['Person']).toEqual({ gold: 2, found: 2, predicted: 3, correct: 2 });
    expect(score.duplicates).toBe(1);
    // The demonym-only state is optional: found or not, it is not counted.
    expect(score.entities['State']).toBeUndefined();
    expect(score.relations['LEADS']).toEqual({ gold: 1, found: 1, predicted: 1, correct: 1 });
    expect(score.relations['REPRESENTS']).toBeUndefined();
    expect(score.relations['MEMBER_OF']).toEqual({ gold: 1, found: 0, predicted: 1, correct: 0 });
    // The same linked person under another id in a second article is split.
    const other = { ...score, ids: new Map([['Lena_Berg', 'person:berg']]) };
    expect(summarizeDwie([score, other]).split).toBe(1);
    expect(summarizeDwie([score, score]).split).toBe(0);
    const corpus = summarizeDwie([score]);
    expect(corpus.mentions.byType['Organization']?.recall).toBe(0);
    expect(corpus.entities.duplicates).toBe(1);
  });
});

describe('demonyms DWIE links to no country', () => {
  const text = 'Soviet tanks rolled in, and Vera Holm wrote about it.';
  const at = (t: string) => ({ begin: text.indexOf(t), end: text.indexOf(t) + t.length, text: t });
  const raw = {
    id: 'T2',
    content: text,
    mentions: [
      { ...at('Soviet'), concept: 0 },
      { ...at('Vera Holm'), concept: 1 },
    ],
    concepts: [
      { concept: 0, text: 'Soviet', tags: ['type::gpe0-x', 'type::other'] },
      { concept: 1, text: 'Vera Holm', tags: ['type::person'] },
    ],
    relations: [],
  };
  const soviet = { start: 0, end: 6 };

  it('scores a state found only through such a demonym as neither right nor wrong', () => {
    const gold = readDwie(raw, 't2.json');
    expect(gold.unlinkedDemonyms).toEqual([soviet]);
    const score = scoreDwieArticle(gold, {
      entities: [
        {
          id: 'state:SUN',
          type: 'State',
          name: 'Soviet Union',
          aliases: [],
          mentions: [{ ...soviet, text: 'Soviet' }],
        },
      ],
      relations: [],
    });
    expect(score.entities['State']).toBeUndefined();
    expect(score.mentions['State']).toBeUndefined();
    expect(score.errors).toEqual(['missed entity    Person Vera Holm']);
  });
});
