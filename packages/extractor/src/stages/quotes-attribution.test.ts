import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('attributeQuotes: appositions and follow-on quotes', () => {
  it('takes the name that closes an apposition before the speech verb', () => {
    expect(
      quotes('Its chief executive, Nora Quist, said: "We did everything asked of us."'),
    ).toEqual([['person:nora-quist', 'We did everything asked of us.']]);
    expect(
      quotes(
        'The union’s general secretary, Tomas Reyes, said staff were "told to stay silent" about it.',
      ),
    ).toEqual([['person:tomas-reyes', 'told to stay silent']]);
  });

  it('reads past a sentence-initial adverbial to the speaker', () => {
    expect(
      quotes(
        'Foreign Secretary Mark Hale visited Kenya. Separately, the foreign secretary said the talks were "going well and will go on."',
      ),
    ).toEqual([['person:mark-hale', 'going well and will go on.']]);
    expect(
      analyze('Separately, the foreign secretary said so.', { headline: false }).entities,
    ).toEqual([]);
  });

  it('takes a state for "the X government" and a titled subject for a second verb', () => {
    expect(
      quotes('In a statement, the Kenyan government called it "a grave breach of trust."'),
    ).toEqual([['state:KEN', 'a grave breach of trust.']]);
    expect(
      quotes(
        'In Lagos, State Department spokesman Ray Boyd praised Ghana and said the pact was "rock solid now."',
      ),
    ).toEqual([['person:ray-boyd', 'rock solid now.']]);
  });

  it('does not take a name inside a relative clause for the subject', () => {
    expect(
      quotes('Senator Ida Moss, who met Governor Paul Kerr, said: "We spoke for an hour or more."'),
    ).toEqual([['person:ida-moss', 'We spoke for an hour or more.']]);
  });

  it('gives a quote opening the next sentence to the speaker attributed just before it', () => {
    const text =
      '“We have heard all this before,” said Rana Selim, a nurse who has worked there for years. “Every promise is broken the next day.”';
    expect(quotes(text)).toEqual([
      ['person:rana-selim', 'We have heard all this before,'],
      ['person:rana-selim', 'Every promise is broken the next day.'],
    ]);
  });
});

describe('attributeQuotes: other attributions', () => {
  it('takes the speaker of "quoted X as saying"', () => {
    expect(
      quotes(
        'State media quoted Vice Minister Ri Sok-chol as saying talks were "meaningless while drills go on."',
      ),
    ).toEqual([['person:ri-sok-chol', 'meaningless while drills go on.']]);
  });

  it('takes the subject of a second verb joined by "but"', () => {
    const text =
      'The UN’s special envoy, Lamin Keita, welcomed the deal but said earlier truces were “broken within hours”.';
    expect(quotes(text)).toEqual([['person:lamin-keita', 'broken within hours']]);
  });

  it('does not take an object for the subject of a second verb', () => {
    expect(quotes('Police arrested Jon Vale and said he had been “armed and dangerous”.')).toEqual(
      [],
    );
  });
});

describe('attributeQuotes: a question or exclamation before the next sentence', () => {
  it('keeps the speech verb before the quote over a speaker in the next sentence', () => {
    expect(
      quotes(
        'Tomas Rieger sent Mara Lind a card on Monday and told her, “you are the best player we have!” She called him the next day.',
      ),
    ).toEqual([['person:tomas-rieger', 'you are the best player we have!']]);
  });

  it('still gives a quote that opens its sentence to the speaker after it', () => {
    expect(quotes('Tomas Rieger spoke first. “Why not try again?” Mara Lind asked.')).toEqual([
      ['person:mara-lind', 'Why not try again?'],
    ]);
  });
});
