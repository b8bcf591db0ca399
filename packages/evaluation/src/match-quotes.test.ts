import { describe, expect, it } from 'vitest';
import type { GoldQuote, GoldRelation } from './gold-schema.js';
import { matchEntities } from './match-entities.js';
import { scoreQuotes } from './match-quotes.js';
import {
  ARTICLE_ID,
  goldEntity,
  goldFile,
  predictedDocument,
  type RelationRow,
} from './test-fixtures.js';

const entities = [
  goldEntity('ana', 'Person', ['Ana Ruiz', 'Ruiz']),
  goldEntity('ben', 'Person', ['Ben Okafor', 'Okafor']),
  goldEntity('spain', 'State', ['Spain']),
  goldEntity('ministry', 'Organization', ['Spanish Foreign Ministry'], false),
  goldEntity('cabinet', 'Organization', ['Cabinet Office'], false),
];
const extracted = predictedDocument([
  ['person:ana', 'Person', 'Ana Ruiz'],
  ['person:ben', 'Person', 'Ben Okafor'],
  ['state:ESP', 'State', 'Spain'],
  ['org:ministry', 'Organization', 'Spanish Foreign Ministry'],
  ['org:cabinet', 'Organization', 'Cabinet Office'],
  ['person:carl', 'Person', 'Carl Unknown'],
]).entities;

const FIRST = 'We will not sign this treaty as it stands today';
const SECOND = 'Talks continue next week in Madrid';

function score(quotes: GoldQuote[], rows: RelationRow[], relations: GoldRelation[] = []) {
  const gold = goldFile({ entities, quotes, relations });
  const predicted = { ...predictedDocument([], rows), entities: extracted };
  return scoreQuotes({ gold, predicted, keyOf: matchEntities(entities, extracted).keyOf });
}
const quote = (speaker: string, text: string): RelationRow => ['QUOTES', ARTICLE_ID, speaker, text];

describe('scoreQuotes', () => {
  it('finds a gold quote in an extracted quote by the same speaker, ignoring case and punctuation', () => {
    const result = score(
      [{ speaker: 'ana', text: FIRST }],
      [quote('person:ana', `“${FIRST.toUpperCase()},”`)],
    );
    expect(result.tally).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('finds a gold quote when the extracted quote holds at least half of its words', () => {
    // 5 of the 10 gold words
    const result = score(
      [{ speaker: 'ana', text: FIRST }],
      [quote('person:ana', 'We will not sign this')],
    );
    expect(result.tally.found).toBe(1);
    const fewer = score(
      [{ speaker: 'ana', text: FIRST }],
      [quote('person:ana', 'We will not sign')],
    );
    expect(fewer.tally).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
  });

  it('rejects an extracted quote less than half made of the speaker’s gold words', () => {
    const padded = `${FIRST} said the minister who then spoke at length about fishing quotas and farm subsidies`;
    const result = score([{ speaker: 'ana', text: FIRST }], [quote('person:ana', padded)]);
    expect(result.tally).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(result.falsePositives).toEqual([
      { speakerName: 'Ana Ruiz', speakerKey: 'ana', text: padded },
    ]);
  });

  it('lets one extracted text carry a quote split by its attribution', () => {
    const gold = [
      { speaker: 'ana', text: FIRST },
      { speaker: 'ana', text: SECOND },
    ];
    const result = score(gold, [quote('person:ana', `${FIRST}. ${SECOND}.`)]);
    expect(result.tally).toEqual({ predicted: 1, correct: 1, gold: 2, found: 2 });
  });

  it('does not credit the right words from the wrong speaker', () => {
    const result = score([{ speaker: 'ana', text: FIRST }], [quote('person:ben', FIRST)]);
    expect(result.tally).toEqual({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(result.missed).toEqual([{ speaker: 'ana', speakerName: 'Ana Ruiz', text: FIRST }]);
  });

  it('counts a quote by a speaker matching no gold entity as a false positive', () => {
    const result = score([], [quote('person:carl', FIRST)]);
    expect(result.falsePositives).toEqual([{ speakerName: 'Carl Unknown', text: FIRST }]);
  });

  it('credits a quote to an accepted alternative speaker of the gold QUOTES relation', () => {
    const relations = [
      {
        type: 'QUOTES',
        source: '@article',
        target: 'spain',
        required: true,
        alternatives: [['@article', 'ministry']],
      },
    ] satisfies GoldRelation[];
    const result = score(
      [{ speaker: 'spain', text: SECOND }],
      [quote('org:ministry', SECOND)],
      relations,
    );
    expect(result.tally).toEqual({ predicted: 1, correct: 1, gold: 1, found: 1 });
  });

  it('absorbs an unmatched quote by a speaker the gold allows to be quoted only optionally', () => {
    const relations = [{ type: 'QUOTES', source: '@article', target: 'cabinet', required: false }];
    const result = score(
      [],
      [quote('org:cabinet', 'Without the rebate we would pay far more')],
      relations,
    );
    expect(result.tally).toEqual({ predicted: 0, correct: 0, gold: 0, found: 0 });
  });
});
