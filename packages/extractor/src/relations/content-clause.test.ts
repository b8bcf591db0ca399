import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// A noun that takes a content clause ("the news that", "the fact that", "the claim that"): the
// clause says what the noun holds, so a stance on the noun is no stance on an actor inside the
// clause. One list of such nouns serves the syntax layer and the relation rules. Sentences
// written for these tests.

const { chile, peru } = STATES;
const mara = personSpec('mara-quist', 'Mara Quist', 'Quist');
const tom = personSpec('tom-brevik', 'Tom Brevik', 'Brevik');

describe('extractRelations: an actor inside a content clause is not the one acted on', () => {
  it('gives no stance through "the news/fact/evidence that"', () => {
    expect(
      stanceTriples('Tom Brevik welcomed the news that Mara Quist would quit the race.', [
        tom,
        mara,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Mara Quist is still struggling with the fact that Chile voted for Peru.', [
        mara,
        chile,
        peru,
      ]),
    ).toEqual([]);
    expect(
      stanceTriples('Chile rejected the allegation that Peru had armed the rebels.', [chile, peru]),
    ).toEqual([]);
  });

  it('still reads a stance whose object is the actor', () => {
    expect(stanceTriples('Tom Brevik welcomed Mara Quist to the race.', [tom, mara])).toEqual([
      'SUPPORTS person:tom-brevik person:mara-quist',
    ]);
    expect(stanceTriples('Chile condemned Peru over the news.', [chile, peru])).toEqual([
      'OPPOSES state:CHL state:PER',
    ]);
  });
});
