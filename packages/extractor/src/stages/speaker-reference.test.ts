import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('pronoun speakers', () => {
  it('skips a person of the other gender, known from a given name', () => {
    expect(
      quotes(
        'Walter Brinkley met Margaret Oduya on Monday. “We found no common ground,” she said.',
      ),
    ).toEqual([['person:margaret-oduya', 'We found no common ground,']]);
  });

  it('skips a person of the other gender, known from a title', () => {
    expect(
      quotes('Mrs. Kovalenko thanked Mr. Adeyemi at the hearing. “It was long overdue,” he said.'),
    ).toEqual([['person:adeyemi', 'It was long overdue,']]);
  });

  it('follows a sentence that opens with a pronoun to the person it refers to', () => {
    expect(
      quotes(
        [
          'Senator Dalia Umarova criticised Governor Pieter Voss on Tuesday.',
          'She said on Wednesday that Voss had to resign.',
          '“He has lost the trust of the voters,” she said.',
        ].join(' '),
      ),
    ).toEqual([['person:dalia-umarova', 'He has lost the trust of the voters,']]);
  });

  it('prefers the previous speaker to a person only mentioned', () => {
    expect(
      quotes(
        [
          '“We will not wait,” Hamid Sorensen said after talks with Peter Lund.',
          '“The deadline is Friday,” he said.',
        ].join(' '),
      ),
    ).toEqual([
      ['person:hamid-sorensen', 'We will not wait,'],
      ['person:hamid-sorensen', 'The deadline is Friday,'],
    ]);
  });

  it('gives a pronoun the referent of the same pronoun earlier in its sentence', () => {
    expect(
      quotes(
        [
          'Mr. Tom Berg has built a strategy around the rural vote.',
          'When he took the stage after Mr. Lund’s speech, at a hall in Salem, he said the key was simple. “We have to wake up the towns,” he said.',
        ].join('\n\n'),
      ),
    ).toEqual([['person:tom-berg', 'We have to wake up the towns,']]);
  });

  it('gives no speaker when no compatible person comes before the pronoun', () => {
    expect(quotes('Prices rose sharply in May. “We cannot keep up,” she said.')).toEqual([]);
  });
});

describe('speaker constructions', () => {
  it('gives a participle after a comma the subject of its clause', () => {
    expect(
      quotes('Governor Ilka Brandt rejected the bill, saying, “It would ruin our farmers.”'),
    ).toEqual([['person:ilka-brandt', 'It would ruin our farmers.']]);
  });

  it('finds the speaker in the sentence after a quoted question', () => {
    expect(quotes('“Who would pay for that?” Tomas Weller asked.')).toEqual([
      ['person:tomas-weller', 'Who would pay for that?'],
    ]);
  });

  it('lets a day of the week stand between speaker and verb', () => {
    expect(
      quotes('Senator Anna Lindahl on Thursday told reporters: “The vote will go ahead.”'),
    ).toEqual([['person:anna-lindahl', 'The vote will go ahead.']]);
  });

  it('counts back past sentences wholly inside a quotation', () => {
    expect(
      quotes(
        [
          'Senator Rafael Ocampo spoke first.',
          '“We are tired. We are angry. We are ready. We want change now,” he said.',
        ].join(' '),
      ),
    ).toEqual([
      ['person:rafael-ocampo', 'We are tired. We are angry. We are ready. We want change now,'],
    ]);
  });
});

describe('description speakers', () => {
  it('gives a spokesman’s words to the body he speaks for', () => {
    expect(quotes('“We remain open to a deal,” a Greenpeace spokeswoman told reporters.')).toEqual([
      ['org:greenpeace', 'We remain open to a deal,'],
    ]);
  });

  it('resolves "the candidate" to the person last named', () => {
    expect(
      quotes(
        [
          'Governor Alma Whitfield toured the plant on Monday.',
          '“These jobs are coming back,” the candidate said.',
        ].join(' '),
      ),
    ).toEqual([['person:alma-whitfield', 'These jobs are coming back,']]);
  });

  it('resolves "the senator" to the person who holds that title', () => {
    expect(
      quotes(
        [
          'Senator Alma Whitfield met Mayor Bruno Kessler on Monday.',
          '“We agreed on nothing,” the senator said.',
        ].join(' '),
      ),
    ).toEqual([['person:alma-whitfield', 'We agreed on nothing,']]);
  });

  it('gives no speaker for a description that names no one, and does not fall back on the last speaker', () => {
    expect(
      quotes(
        ['“We will win,” Alma Whitfield said.', '“Nobody believes that,” a senior aide said.'].join(
          ' ',
        ),
      ),
    ).toEqual([['person:alma-whitfield', 'We will win,']]);
  });
});

describe('clause subjects of participles', () => {
  it('takes the titled name that opens the sentence even when another person is named later', () => {
    expect(
      quotes('Mr. Haldane thanked Carla Mendes, adding, “Without her we would have failed.”'),
    ).toEqual([['person:haldane', 'Without her we would have failed.']]);
  });

  it('does not take an object for the subject of a participle', () => {
    expect(
      quotes('Police questioned Jon Vale and Carla Mendes, saying, “They were seen at the scene.”'),
    ).toEqual([]);
  });
});

describe('gender from pronouns', () => {
  it('learns a person’s gender from the pronouns that follow them when no name or title tells it', () => {
    expect(
      quotes(
        [
          'Governor Okonjo said he would run again.',
          'Governor Okonjo met Senator Kestrel Ivanova on Monday.',
          '“The talks were useful,” she said.',
        ].join(' '),
      ),
    ).toEqual([['person:kestrel-ivanova', 'The talks were useful,']]);
  });

  it('takes no gender from an object pronoun, which means someone else ("Lind thanked him")', () => {
    expect(
      quotes(
        'Tomas Rieger praised the new budget on Monday.\n\n' +
          'Lind thanked him. “It was a team effort,” she said.',
      ),
    ).toEqual([['person:lind', 'It was a team effort,']]);
  });
});

describe('more attributions', () => {
  it('takes the speaker of a quote split mid-sentence by "said X,"', () => {
    expect(
      quotes('“We welcome the plan,” said Senator Rosa Delgado, “but we need to see action.”'),
    ).toEqual([
      ['person:rosa-delgado', 'We welcome the plan,'],
      ['person:rosa-delgado', 'but we need to see action.'],
    ]);
  });

  it('does not take the person told for the speaker', () => {
    expect(quotes('Rosa Delgado told BBC News: “We need to see action.”')).toEqual([
      ['person:rosa-delgado', 'We need to see action.'],
    ]);
  });

  it('takes the source named after "according to" before a partial quote', () => {
    expect(
      quotes('According to Rosa Delgado, the company was “not interested in any deal”.'),
    ).toEqual([['person:rosa-delgado', 'not interested in any deal']]);
  });

  it('gives an unowned spokesman’s words to the body just named', () => {
    expect(
      quotes('But NATO defended the decision. A spokesman said: “The exercise will go ahead.”'),
    ).toEqual([['org:nato', 'The exercise will go ahead.']]);
  });
});

describe('follow-on quotes', () => {
  it('keeps the speaker of a several-sentence quote for the quotes that follow it', () => {
    const text = [
      '“It is not good. But it is understandable,” said Rosa Delgado, an economist.',
      '“If the climate is stable, that matters more.',
      '“Foreigners would like free entry, but this is not the end of the world.”',
    ].join(' ');
    expect(quotes(text).map(([id]) => id)).toEqual([
      'person:rosa-delgado',
      'person:rosa-delgado',
      'person:rosa-delgado',
    ]);
  });
});

describe('gender of a surname alone', () => {
  it('does not read a lone surname that is also a given name as a gender', () => {
    expect(
      quotes(
        'Governor Ford toured the plant. “These jobs are coming back,” she said in an interview.',
      ),
    ).toEqual([['person:ford', 'These jobs are coming back,']]);
  });
});

describe('possessors', () => {
  it('prefers the subject to a possessor named before it', () => {
    expect(
      quotes(
        'After Governor Okonjo’s speech, Senator Kestrel Whitby spoke briefly. “It was a fine day,” she said.',
      ),
    ).toEqual([['person:kestrel-whitby', 'It was a fine day,']]);
  });
});
