import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const people = (text: string): string[] =>
  analyze(text, { headline: false })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('nonNameWord', () => {
  it('reads no person in a pronoun’s contraction', () => {
    expect(people("What I'm asking for is time, the mayor said.")).toEqual([]);
    expect(people('Honestly I’m tired of waiting, she said.')).toEqual([]);
  });

  it('reads no person in a month’s abbreviation after a speech verb', () => {
    expect(people('Ortega said Nov. 3 that the vote would go ahead.')).toEqual(['Ortega']);
  });

  it('keeps a surname that the contraction’s letters spell', () => {
    expect(people('The envoy Alan Im said the talks had failed.')).toEqual(['Alan Im']);
  });
});
