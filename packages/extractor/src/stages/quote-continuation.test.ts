import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('reportContinues', () => {
  it('gives a quote in a sentence that goes on with the report to the speaker just before', () => {
    expect(
      quotes(
        'A World Bank spokesman said there were more than 40 lenders in the group. They came from many countries but shared a belief in the "failure of the plan as it stands now".',
      ),
    ).toEqual([['org:world-bank', 'failure of the plan as it stands now']]);
  });

  it('does not when the sentence names an actor of its own', () => {
    expect(
      quotes(
        'A World Bank spokesman said there were more than 40 lenders in the group. Ana Ruiz came from Spain but shared a belief in the "failure of the plan as it stands now".',
      ),
    ).toEqual([]);
  });

  it('does not across a paragraph break or past the next sentence', () => {
    expect(
      quotes(
        'A World Bank spokesman said there were more than 40 lenders in the group.\n\nThey came from many countries but shared a belief in the "failure of the plan as it stands now".',
      ),
    ).toEqual([]);
    expect(
      quotes(
        'A World Bank spokesman said there were more than 40 lenders in the group. The talks went on. They came from many countries but shared a belief in the "failure of the plan as it stands now".',
      ),
    ).toEqual([]);
  });
});

describe('speakerAfter: a name that modifies the noun that speaks', () => {
  it('leaves "said a Republican Party member" without a speaker', () => {
    expect(
      quotes(
        '"If I were a donor, I would want answers," said a prominent Republican Party member who backs Dole.',
      ),
    ).toEqual([]);
  });

  it('still takes a body named after the verb, and a spokesman of a body', () => {
    expect(quotes('"We will see what happens next," said NATO on Monday.')).toEqual([
      ['org:nato', 'We will see what happens next,'],
    ]);
    expect(quotes('"We will see what happens next," said a NATO spokesman.')).toEqual([
      ['org:nato', 'We will see what happens next,'],
    ]);
  });
});
