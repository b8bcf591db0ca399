import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text.replace(/\s+/g, ' ')]);

describe('attributeQuotes: verbs that attribute only quotations', () => {
  it('attributes a quote to the subject of a verb listed in quoteVerbs', () => {
    expect(
      quotes('Ana Ruiz echoed her rivals: "We will not accept a deal that leaves workers behind."'),
    ).toEqual([['person:ana-ruiz', 'We will not accept a deal that leaves workers behind.']]);
    expect(
      quotes('"Nobody here was ever told to hide anything from the auditors," Tom Lever texted.'),
    ).toEqual([
      ['person:tom-lever', 'Nobody here was ever told to hide anything from the auditors,'],
    ]);
  });

  it('reads "was heard saying" back to its subject', () => {
    expect(
      quotes(
        'Later, Tom Dorsey was heard saying he was tired of "defending some of these hopeless people in the city council".',
      ),
    ).toEqual([
      ['person:tom-dorsey', 'defending some of these hopeless people in the city council'],
    ]);
  });

  it('reads a speech verb after a determiner as a noun', () => {
    expect(quotes('Ana Ruiz said the warning "was never sent to anyone in the office."')).toEqual([
      ['person:ana-ruiz', 'was never sent to anyone in the office.'],
    ]);
  });

  it('leaves a quote with no speech verb and no speaker unattributed', () => {
    expect(quotes('The banner read "Stop the cuts to our hospitals and schools now."')).toEqual([]);
  });
});

describe('attributeQuotes: "as X put it"', () => {
  it('gives the quote after "as X put it" to X', () => {
    expect(
      quotes(
        'At the time, as anti-fraud prosecutor Marc Delvaux put it, "apart from a few late payments, there was not much to complain about."',
      ),
    ).toEqual([
      [
        'person:marc-delvaux',
        'apart from a few late payments, there was not much to complain about.',
      ],
    ]);
    expect(
      quotes('As the Chicago Tribune put it, "the city has run out of patience and money."'),
    ).toEqual([['org:chicago-tribune', 'the city has run out of patience and money.']]);
  });

  it('needs the "as": a plain "put it" is no attribution', () => {
    expect(
      quotes(
        'Marc Delvaux put it on the table, "the plan that nobody in the room wanted to read."',
      ),
    ).toEqual([]);
  });
});

describe('attributeQuotes: party spokesmen', () => {
  it('gives a party spokesman’s words to the party, not to its country', () => {
    expect(
      quotes(
        'A UKIP spokesman said: "Our members have strong beliefs and sometimes use colourful language."',
      ),
    ).toEqual([
      ['org:ukip', 'Our members have strong beliefs and sometimes use colourful language.'],
    ]);
  });

  it('still gives a ministry spokesman’s words to the state', () => {
    const found = quotes(
      'A French Foreign Ministry spokesman said: "We will not accept any change to the treaty."',
    );
    expect(found).toEqual([['state:FRA', 'We will not accept any change to the treaty.']]);
  });
});

describe('attributeQuotes: adverbs and unnamed speakers', () => {
  it('reads past an adverb between the subject and the speech verb', () => {
    expect(
      quotes(
        'Ana Ruiz regularly tells the story and recites, to a roar of applause, the line: "Nobody gets the credit they deserve."',
      ),
    ).toEqual([['person:ana-ruiz', 'Nobody gets the credit they deserve.']]);
    expect(
      quotes('Ana Ruiz has also broadly called for "a new deal for all workers in the state."'),
    ).toEqual([['person:ana-ruiz', 'a new deal for all workers in the state.']]);
  });

  it('gives no speaker to an indefinite description after the quote, however long', () => {
    expect(
      quotes(
        'Ana Ruiz said on stage that "every child deserves a good school."\n\n"Will she be the next attorney general?" a Democratic staffer in the room wondered.',
      ),
    ).toEqual([['person:ana-ruiz', 'every child deserves a good school.']]);
  });
});

describe('attributeQuotes: naming verbs and hyphenated adjectives', () => {
  it('attributes a quote after "referred to" to its subject', () => {
    expect(quotes('Ana Ruiz referred to the years after the war as "a lost decade".')).toEqual([
      ['person:ana-ruiz', 'a lost decade'],
    ]);
  });

  it('reads "so-called" as an adjective, not as the speech verb "called"', () => {
    expect(
      quotes('Ana Ruiz referred to a period of so-called "wild banking" after the collapse.'),
    ).toEqual([['person:ana-ruiz', 'wild banking']]);
  });
});

describe('attributeQuotes: quoted names', () => {
  it('takes quoted words after "known as" or "nicknamed" for a name, not a quotation', () => {
    expect(
      quotes('The hacker known as "Guccifer the second", Marcel Lehel, stated that he had access.'),
    ).toEqual([]);
    expect(quotes('Ana Ruiz, nicknamed "the iron lady of Lyon", said it was over.')).toEqual([]);
  });

  it('keeps a quotation after a word that only ends like a naming phrase', () => {
    expect(
      quotes('Ana Ruiz said her rival was unknown as "a serious candidate in this race."'),
    ).toEqual([['person:ana-ruiz', 'a serious candidate in this race.']]);
  });
});

describe('attributeQuotes: verbs of praise and attack, and terms talked about', () => {
  it('gives a partial quote in reported speech to the one who said it, not to the reported subject', () => {
    // Verbs of praise and attack ("welcomed", "slammed") are not verbs of saying: in "X said Y
    // welcomed the plan but '...'", the words are X's.
    expect(
      quotes('Ana Ruiz said Acme Holdings welcomed the plan but "will not give up a single job".'),
    ).toEqual([['person:ana-ruiz', 'will not give up a single job']]);
  });

  it('leaves a quote to the speech verb before a quote-only verb that names no speaker', () => {
    expect(
      quotes(
        'Ana Ruiz said that her ministry had referred the files to the police and that "no officer will be protected."',
      ),
    ).toEqual([['person:ana-ruiz', 'no officer will be protected.']]);
  });

  it('takes a quoted term after "the term" for words talked about, not a quotation', () => {
    expect(
      quotes('Ana Ruiz slammed the minister for not using the term "organised crime" at all.'),
    ).toEqual([]);
  });
});
