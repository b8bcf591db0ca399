import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const quotes = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).quotes.map((q) => [q.speakerId, q.text]);

describe('"the statement said" and the body it speaks for', () => {
  it('gives a statement to the body that opens the sentence saying it released one', () => {
    expect(
      quotes(
        'The Hartwell Foundation released a statement on Monday about the sale. "We are proud of this decision," the statement said.',
      ),
    ).toEqual([['org:hartwell-foundation', 'We are proud of this decision,']]);
  });

  it('does not give it to a body named only in passing before', () => {
    expect(
      quotes(
        'On Monday the Hartwell Foundation was paid $29,000 for rent, records show.\n\n' +
          'The campaign responded on Tuesday. "We pay far more than the rent," the statement said.',
      ),
    ).toEqual([]);
  });

  it('does not give it to a body when someone else opens the nearer sentence', () => {
    expect(
      quotes(
        "The Hartwell Foundation paid the bill. Mara Lind's campaign responded on Tuesday. " +
          '"We pay far more than the rent," the statement said.',
      ),
    ).toEqual([]);
  });

  it("does not give a campaign's email to the person whose campaign it is", () => {
    expect(
      quotes(
        'Mara Lind\'s campaign sent out an email on Monday. "We need your help," the email said.',
      ),
    ).toEqual([]);
  });
});

describe('"the statement said" after a person issued one', () => {
  it('gives the statement to the titled person who opens the sentence saying they issued it', () => {
    expect(
      quotes(
        'Senator Mara Lind issued a statement on Monday after the vote. "I am proud of this decision," the statement said.',
      ),
    ).toEqual([['person:mara-lind', 'I am proud of this decision,']]);
  });
});

describe('"the statement said" after two people drafted it', () => {
  it('gives the statement to no one rather than to the first of them', () => {
    expect(
      quotes(
        'Walter Brandt and spokesman Tomas Rieger drafted a statement overnight. "We stand by every word of the speech," the statement said.',
      ),
    ).toEqual([]);
  });
});
