import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Organization names next to officers' titles (stop 33). Sentences written for these tests.

/** The entities of a body under a headline, as "Type:name". */
function entities(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();
}

describe('bodyAfterTitle: a capitalised title and "of" open no body\'s name', () => {
  it('names the body after "Chief Executive of"', () => {
    expect(entities('The Chief Executive of Nordlys Bank resigned.')).toEqual([
      'Organization:Nordlys Bank',
    ]);
  });

  it('names the body after "Managing Director of the"', () => {
    expect(entities('Ingrid Vold, Managing Director of the Nordic Air Alliance, said so.')).toEqual(
      ['Organization:Nordic Air Alliance', 'Person:Ingrid Vold'],
    );
  });

  it('keeps a body whose own name opens with "Bank of"', () => {
    expect(entities('The Bank of Veldoria raised rates.')).toEqual([
      'Organization:Bank of Veldoria',
    ]);
  });
});

describe("officeOf: the name after an officer's two words is a body", () => {
  it('reads "managing director of Kelvaro" as a body', () => {
    expect(entities('Ingrid Vold, managing director of Kelvaro, said so.')).toContain(
      'Organization:Kelvaro',
    );
  });

  it('reads "executive director of the Vold Fund" as a body', () => {
    expect(entities('Ingrid Vold, executive director of the Lindqvist Fund, said so.')).toContain(
      'Organization:Lindqvist Fund',
    );
  });
});

describe('mergeLeadingWords: a short form follows its full name', () => {
  it('keeps a word used before the longer name apart from it', () => {
    const found = entities(
      'The airline Kelvaro cut flights on Monday. Later the Kelvaro Pension Fund sued the airline.',
    );
    expect(found).toContain('Organization:Kelvaro');
    expect(found).toContain('Organization:Kelvaro Pension Fund');
  });

  it('still joins the first word to the name introduced before it', () => {
    const found = entities(
      'Bayern Munich beat Hamburg on Saturday. Bayern now lead the table by five points.',
    );
    expect(found.filter((e) => e.includes('Bayern'))).toEqual(['Organization:Bayern Munich']);
  });
});
