import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// A capital as the government it houses (issue 10), on sentences written here.

function entityOf(text: string, surface: string): string | undefined {
  const doc = extract(`Headline\n\n${text}`, { id: 't' });
  const at = doc.entities.find((e) =>
    (e.mentions ?? []).some((m) => `Headline\n\n${text}`.slice(m.start, m.end) === surface),
  );
  return at?.id;
}

describe('a capital after a verb and the preposition of its other party', () => {
  it('is the state: "sided with Baghdad", "stood with Kiev"', () => {
    expect(entityOf('Iraq invaded Kuwait. The PLO has sided with Baghdad.', 'Baghdad')).toBe(
      'state:IRQ',
    );
    expect(entityOf('Ukraine signed a deal. Poland stood with Kiev.', 'Kiev')).toBe('state:UKR');
  });

  it('is the state as the subject of an irregular past: "Beijing took a hard line"', () => {
    expect(entityOf('Russia and China met. Beijing took a hard line.', 'Beijing')).toBe(
      'state:CHN',
    );
  });

  it('is the state after "stood by": standing by a government backs it', () => {
    expect(entityOf('Ukraine is at war. Poland stood by Kiev.', 'Kiev')).toBe('state:UKR');
  });

  it('stays a place after a verb of staying or travel', () => {
    expect(entityOf('Iraq is hot. Tourists stayed in Baghdad.', 'Baghdad')).toBeUndefined();
    expect(entityOf('Ukraine is at war. He flew to Kiev.', 'Kiev')).toBeUndefined();
  });
});

describe('capitals as the two parties after "between" and a party noun', () => {
  it('reads both capitals of "the rift between Ankara and Washington" as states', () => {
    const text = 'The rift between Ankara and Washington widened.';
    expect(entityOf(text, 'Ankara')).toBe('state:TUR');
    expect(entityOf(text, 'Washington')).toBe('state:USA');
    expect(entityOf('Talks with Seoul and Tokyo stalled.', 'Tokyo')).toBe('state:JPN');
  });

  it('keeps the capitals of a route or a plain "and" places', () => {
    const text = 'Flights between London and Paris were cancelled.';
    expect(entityOf(text, 'London')).toBe('loc:london');
    expect(entityOf(text, 'Paris')).toBe('loc:paris');
    expect(entityOf('He lived in Rome and Paris.', 'Paris')).toBe('loc:paris');
  });
});

describe('a capital pressed with sanctions or tariffs', () => {
  it('is the state after "sanctions on", "tariffs on"', () => {
    const text = 'Russia is at war. Poland imposed new sanctions on Moscow.';
    expect(entityOf(text, 'Moscow')).toBe('state:RUS');
    expect(entityOf('China exports steel. Peru slapped tariffs on Beijing.', 'Beijing')).toBe(
      'state:CHN',
    );
  });

  it('is the state after "hit <capital> with" a pressure noun', () => {
    const text = 'Russia is at war. Poland hit Moscow with fresh sanctions.';
    expect(entityOf(text, 'Moscow')).toBe('state:RUS');
  });

  it('stays a place when what hits it is weather, or "on" is no pressure', () => {
    expect(entityOf('It rained. A storm hit Manila with heavy rain.', 'Manila')).toBe('loc:manila');
    expect(entityOf('It was cold. Snow fell on Moscow.', 'Moscow')).toBe('loc:moscow');
  });
});

describe('a capital that acts past a time adverbial, an adverb or an aside', () => {
  it('is the state before "on Friday", "also", "yesterday", ", however," and its verb', () => {
    expect(entityOf('Moscow on Friday condemned the vote.', 'Moscow')).toBe('state:RUS');
    expect(entityOf('Seoul also criticised the test.', 'Seoul')).toBe('state:KOR');
    expect(entityOf('Ankara yesterday rejected the plan.', 'Ankara')).toBe('state:TUR');
    expect(entityOf('Tokyo, however, said nothing.', 'Tokyo')).toBe('state:JPN');
    expect(entityOf('Lima quickly denied the report.', 'Lima')).toBe('state:PER');
  });

  it('still acts at an auxiliary before an adverb: "Moscow has long opposed"', () => {
    expect(entityOf('Moscow has long opposed the plan.', 'Moscow')).toBe('state:RUS');
  });

  it('stays a place when no verb follows the adverbial, or another name does', () => {
    expect(entityOf('He flew to Moscow on Friday.', 'Moscow')).toBe('loc:moscow');
    expect(entityOf('Moscow on the Volga is a novel.', 'Moscow')).toBe('loc:moscow');
    expect(entityOf('Moscow, Lima and Oslo are cold in winter.', 'Moscow')).toBe('loc:moscow');
    // One comma closes a clause, not an aside: the capital before it is still the place.
    expect(entityOf('The jet bound for Lima, landed at dawn.', 'Lima')).toBe('loc:lima');
  });
});

describe('a capital as the seat of a state’s rulers', () => {
  it('is the state after "the government in", "authorities in", "the regime in"', () => {
    expect(entityOf('The government in Kiev condemned the vote.', 'Kiev')).toBe('state:UKR');
    expect(entityOf('Authorities in Beijing closed the port.', 'Beijing')).toBe('state:CHN');
    expect(entityOf('Peru accused the new regime in Caracas.', 'Caracas')).toBe('state:VEN');
  });

  it('stays a place when a name before the noun says whose they are, or no ruler is meant', () => {
    expect(entityOf('U.S. officials in Kabul met.', 'Kabul')).toBe('loc:kabul');
    expect(entityOf('Tourists in Paris enjoyed the sun.', 'Paris')).toBe('loc:paris');
  });
});

describe('a capital as the agent of an act after "by"', () => {
  it('is the state after "the claims by", "the response by", "the occupation by"', () => {
    expect(entityOf('London rejected the claims by Moscow.', 'Moscow')).toBe('state:RUS');
    expect(entityOf('Lima welcomed the response by Tokyo.', 'Tokyo')).toBe('state:JPN');
    expect(entityOf('He criticised the occupation by Baghdad.', 'Baghdad')).toBe('state:IRQ');
  });

  it('stays a place after a noun of no act ("the bridges by Paris")', () => {
    expect(entityOf('He admired the bridges by Paris.', 'Paris')).toBe('loc:paris');
  });
});

describe('a capital that ends a longer name', () => {
  it('does not act for its state after another capitalised word inside the sentence', () => {
    expect(entityOf('As Radio Kestrel Lima reported, it rained.', 'Lima')).not.toBe('state:PER');
    expect(entityOf('Analyst Ana Quito said sales grew.', 'Quito')).not.toBe('state:ECU');
  });

  it('still acts after a capitalised word that opens the sentence', () => {
    expect(entityOf('But Lima condemned the vote.', 'Lima')).toBe('state:PER');
  });
});

describe('a capital after a noun of backing and its preposition', () => {
  it('is the state backed: "support for Kiev", "its weight behind Kiev", "aid to Kabul"', () => {
    expect(entityOf('Ukraine is at war. Germany voiced support for Kiev.', 'Kiev')).toBe(
      'state:UKR',
    );
    expect(entityOf('Ukraine is at war. Poland threw its weight behind Kiev.', 'Kiev')).toBe(
      'state:UKR',
    );
    expect(entityOf('The war went on. Japan sent aid to Kabul.', 'Kabul')).toBe('state:AFG');
  });

  it('stays a place after any other noun ("the flight to Kiev")', () => {
    expect(entityOf('Ukraine is at war. The flight to Kiev was late.', 'Kiev')).not.toBe(
      'state:UKR',
    );
  });
});
