import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

/** Paragraphs about nobody in particular, to put distance between two mentions. */
const FILLER = [
  'The weather turned cold across the region on Tuesday.',
  'Roads were closed in several towns after the storm.',
  'Schools reopened later in the week as the snow melted.',
  'Power was restored to most homes by the weekend.',
].join('\n\n');

describe('definite descriptions of a speaker ("the senator said")', () => {
  it('takes the holder of the title when they were named in a recent paragraph', () => {
    expect(
      quotes(
        'Senator Tomas Rieger voted against the bill on Monday.\n\n' +
          'Mara Lind, a local teacher, watched the vote from the gallery.\n\n' +
          '"This is a sad day for the state," the senator said.',
      ),
    ).toEqual([['person:tomas-rieger', 'This is a sad day for the state,']]);
  });

  it('means the person the paragraph is about when the holder was named long before', () => {
    expect(
      quotes(
        'The bill was attacked by Senator Tomas Rieger on Monday.\n\n' +
          FILLER +
          '\n\nWalter Brandt toured the flooded valley on Friday. ' +
          'Standing by the river, the senator said the damage was "far worse than anyone feared."',
      ),
    ).toEqual([['person:walter-brandt', 'far worse than anyone feared.']]);
  });

  it('gives the words to no one when the holder is long gone and no one is near', () => {
    expect(
      quotes(
        'The bill was attacked by Senator Tomas Rieger on Monday.\n\n' +
          FILLER +
          '\n\nThe valley flooded again on Friday. ' +
          'Standing by the river, the senator said the damage was "far worse than anyone feared."',
      ),
    ).toEqual([]);
  });
});

describe('descriptions that repeat the words that introduced a named person', () => {
  it('gives "the businessman" to the name the apposition "a businessman" described', () => {
    expect(
      quotes(
        'Tomas Rieger, a businessman from Ohio, entered the race. Mara Lind, a senator, was unimpressed. "I will win," the businessman said.',
      ),
    ).toEqual([['person:tomas-rieger', 'I will win,']]);
  });

  it('gives "the Republican nominee" to the name that the lower-case noun stood before', () => {
    expect(
      quotes(
        'Republican nominee Tomas Rieger held a rally in Ohio. Mara Lind watched. "We will win Ohio," the Republican nominee said.',
      ),
    ).toEqual([['person:tomas-rieger', 'We will win Ohio,']]);
  });

  it('still gives the words to no one when "a senior aide" introduced someone unnamed', () => {
    expect(
      quotes(
        'Mara Lind left early. A senior aide said the vote was close. "We lost by two votes," the aide added.',
      ),
    ).toEqual([]);
  });
});

describe('descriptions of a body with capitalised words', () => {
  it('gives the words to the body named inside the description', () => {
    expect(
      quotes(
        'Greenpeace criticised the plan on Monday. Amnesty International agreed.\n\n' +
          '"We will fight it in court," the Greenpeace group said.',
      ),
    ).toEqual([['org:greenpeace', 'We will fight it in court,']]);
  });

  it('does not give the words of a body the text has not named to the body named before', () => {
    expect(
      quotes(
        'Greenpeace criticised the plan on Monday. Meanwhile, the Save Our Coast advocacy group urged its members to "Now go and vote no!" Mara Lind said the vote was close.',
      ),
    ).toEqual([]);
  });

  it('reads past a state in the description', () => {
    expect(
      quotes(
        'Greenpeace criticised the plan in Germany on Monday.\n\n' +
          '"We will fight it in court," the German group said.',
      ),
    ).toEqual([['org:greenpeace', 'We will fight it in court,']]);
  });
});
