import { describe, expect, it } from 'vitest';
import { STATES, type EntitySpec } from './test-analysis.js';
import { personSpec, stanceTriples } from './test-stance.js';

// Judgements inside reported speech: a speaker (subject of a speech, belief or writing verb)
// reports a clause whose subject is an actor, or an act the actor owns, and whose predicate
// judges it. Sentences written for these tests.

const { chile, peru } = STATES;
const ana = personSpec('ana-brook', 'Ana Brook', 'Brook');
const leo = personSpec('leo-marsh', 'Leo Marsh', 'Marsh');
const ida = personSpec('ida-venn', 'Ida Venn', 'Venn');
const guild: EntitySpec = { id: 'org:tin-guild', type: 'Organization', names: ['Tin Guild'] };
const port: EntitySpec = { id: 'loc:port-hale', type: 'Location', names: ['Port Hale'] };
const AL = [ana, leo];

describe('reported judgements: belief and writing verbs open the reported clause', () => {
  it('reads believes, thinks, wrote and a trailing "saying"', () => {
    expect(stanceTriples('Ana Brook believes Leo Marsh lied to the panel.', AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples('Ana Brook thinks Leo Marsh is a liar.', AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples('Ana Brook wrote that Leo Marsh had misled the board.', AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples('Ana Brook left the meeting, saying Leo Marsh had lied.', AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
  });

  it('gives nothing when the belief is denied or the judgement negated', () => {
    expect(stanceTriples('Ana Brook does not believe Leo Marsh lied to the panel.', AL)).toEqual(
      [],
    );
    expect(stanceTriples('Ana Brook did not say Leo Marsh was a liar.', AL)).toEqual([]);
    expect(stanceTriples('Ana Brook thinks Leo Marsh is not a liar.', AL)).toEqual([]);
  });
});

describe('reported judgements: the doer of a judged deed', () => {
  it('passes a progressive "be" before a deed in -ing ("is doing a great job")', () => {
    expect(stanceTriples('Ana Brook said Leo Marsh is doing a great job.', AL)).toEqual([
      'SUPPORTS person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples('Ana Brook says Leo Marsh has been doing a fine job.', AL)).toEqual([
      'SUPPORTS person:ana-brook person:leo-marsh',
    ]);
  });

  it('passes adverbs not in -ly ("still cannot be trusted")', () => {
    expect(stanceTriples('Ana Brook insisted that Leo Marsh still cannot be trusted.', AL)).toEqual(
      ['OPPOSES person:ana-brook person:leo-marsh'],
    );
  });

  it('judges the owner of an act, record or policy ("Y\'s policies have failed")', () => {
    expect(stanceTriples("Ana Brook said Leo Marsh's policies have failed.", AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples("Ana Brook said Chile's economic plan had failed.", [ana, chile])).toEqual(
      ['OPPOSES person:ana-brook state:CHL'],
    );
    expect(
      stanceTriples('Ana Brook said the Tin Guild campaign had misled voters.', [ana, guild]),
    ).toEqual(['OPPOSES person:ana-brook org:tin-guild']);
  });

  it('does not judge the owner through people it has ("Y\'s critics lied")', () => {
    expect(stanceTriples("Ana Brook said Leo Marsh's critics had lied.", AL)).toEqual([]);
  });

  it('reads "failed" of an actor ("Y failed to protect", "Y has failed voters")', () => {
    expect(stanceTriples('Ana Brook said Leo Marsh failed to protect the miners.', AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples('Peru said Chile had failed the region.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });

  it('gives nothing for an outcome missed ("failed to qualify", "failed to reach a deal")', () => {
    expect(stanceTriples('Ana Brook said Leo Marsh failed to qualify for the final.', AL)).toEqual(
      [],
    );
    expect(
      stanceTriples('Peru said Chile failed to reach a deal on prices.', [peru, chile]),
    ).toEqual([]);
  });

  it('reads "was right to" as approval and "was the aggressor" as blame', () => {
    expect(stanceTriples('Ana Brook said Leo Marsh was right to cut the tax.', AL)).toEqual([
      'SUPPORTS person:ana-brook person:leo-marsh',
    ]);
    expect(stanceTriples('Peru says Chile was the aggressor.', [peru, chile])).toEqual([
      'OPPOSES state:PER state:CHL',
    ]);
  });
});

describe('reported judgements: guards', () => {
  it('gives nothing for a hypothetical or a question', () => {
    expect(
      stanceTriples('Ana Brook said that if Leo Marsh wins, his policies would fail.', AL),
    ).toEqual([]);
    expect(stanceTriples('Did Ana Brook say Leo Marsh had failed the miners?', AL)).toEqual([]);
    expect(stanceTriples('Ana Brook said Leo Marsh might have lied.', AL)).toEqual([]);
  });

  it('gives the nearest speaker the judgement of a nested report', () => {
    expect(
      stanceTriples('Ana Brook said Leo Marsh told reporters Ida Venn had lied.', [ana, leo, ida]),
    ).toEqual(['OPPOSES person:leo-marsh person:ida-venn']);
  });

  it('gives no stance of a speaker toward itself or toward "it"', () => {
    expect(stanceTriples('Leo Marsh said he had failed the miners.', [leo])).toEqual([]);
    expect(stanceTriples('Leo Marsh said it was a disaster.', [leo])).toEqual([]);
  });

  it('gives nothing to a place as the judged', () => {
    expect(stanceTriples('Ana Brook said Port Hale had failed.', [ana, port])).toEqual([]);
  });

  it('gives nothing when the speaker is no actor ("Officials said")', () => {
    expect(stanceTriples('Officials said Leo Marsh had failed the miners.', [leo])).toEqual([]);
  });
});

describe('reported judgements: a short adjunct before "that"', () => {
  it('reads "said on Monday that", "said in a statement that", "told reporters on Friday that"', () => {
    expect(stanceTriples('Ana Brook said on Monday that Leo Marsh had lied.', AL)).toEqual([
      'OPPOSES person:ana-brook person:leo-marsh',
    ]);
    expect(
      stanceTriples('Ana Brook said in a statement that Leo Marsh was a disaster.', AL),
    ).toEqual(['OPPOSES person:ana-brook person:leo-marsh']);
    expect(
      stanceTriples('Ana Brook told reporters on Friday that Leo Marsh had misled them.', AL),
    ).toEqual(['OPPOSES person:ana-brook person:leo-marsh']);
  });

  it('does not reach past a clause in between ("said the report found that")', () => {
    expect(
      stanceTriples('Ana Brook said the inquiry, which ended, found that Leo Marsh lied.', AL),
    ).toEqual([]);
  });
});

describe('reported judgements: the doer of a deed in a quote', () => {
  const said = (text: string, words: string): string[] =>
    stanceTriples(text, AL, ['OPPOSES', 'SUPPORTS'], [{ text: words, speakerId: ana.id }]);

  it('reads the progressive, the adverb and the owned act in quoted words', () => {
    expect(
      said('"Leo Marsh is doing a great job," Ana Brook said.', 'Leo Marsh is doing a great job,'),
    ).toEqual(['SUPPORTS person:ana-brook person:leo-marsh']);
    expect(
      said(
        '"Leo Marsh\'s policies have failed," Ana Brook said.',
        "Leo Marsh's policies have failed,",
      ),
    ).toEqual(['OPPOSES person:ana-brook person:leo-marsh']);
    expect(
      said(
        '"Leo Marsh still cannot be trusted," Ana Brook said.',
        'Leo Marsh still cannot be trusted,',
      ),
    ).toEqual(['OPPOSES person:ana-brook person:leo-marsh']);
  });

  it('gives nothing for a negated deed in quoted words', () => {
    expect(
      said(
        '"Leo Marsh has not failed anyone," Ana Brook said.',
        'Leo Marsh has not failed anyone,',
      ),
    ).toEqual([]);
  });
});
