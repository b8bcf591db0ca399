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

  it('reads no person in a word after a capitalised The inside a sentence', () => {
    expect(people('As The Ledger reported, the senator was accused.')).toEqual([]);
    expect(people('As The Hill reported, the senator was accused.')).toEqual([]);
  });

  it('reads no person in a word that ends a longer name after a capitalised word', () => {
    expect(people('A producer for Yahoo Studios told the paper on Tuesday.')).toEqual([]);
  });

  it('keeps a surname after a lower-case article’s clause or a verb', () => {
    expect(people('The mayor said Hill had not been told.')).toEqual(['Hill']);
  });

  it('reads a place in a name after a noun for a kind of place and "of"', () => {
    const found = analyze('Shells hit the eastern district of Al-Qasimiyah, wounding two.', {
      headline: false,
    }).entities.map((e) => [e.type, e.name]);
    expect(found).toEqual([['Location', 'Al-Qasimiyah']]);
    expect(people('The son of Ana Ruiz said the town was quiet.')).toEqual(['Ana Ruiz']);
  });

  it('reads no person in a body’s name that a title-like word opens', () => {
    expect(people('The player joined Major League Soccer in May.')).toEqual([]);
    expect(people('Major Tom Hale said the base was safe.')).toEqual(['Tom Hale']);
  });

  it('reads no person in a name of several words after a lower-case "the"', () => {
    expect(people('The pitcher dominated the Red Sox on Sunday.')).toEqual([]);
  });

  it('keeps a person’s full name after "the" that modifies a noun', () => {
    expect(people('Critics blamed the Tom Hale campaign for the loss.')).toEqual(['Tom Hale']);
  });
});
