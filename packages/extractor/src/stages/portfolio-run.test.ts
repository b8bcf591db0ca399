import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('portfolioRunEnd', () => {
  it('joins two fields of a body\'s work across "and"', () => {
    expect(
      found('Vesna Brak of the Ruritanian Institute for Regional and Security Affairs said so.'),
    ).toContainEqual(['Organization', 'Ruritanian Institute for Regional and Security Affairs']);
  });

  it('does not join a body and a person after "and"', () => {
    expect(found('He met the Institute for Peace and John Smith in Oslo.')).toEqual([
      ['Organization', 'Institute for Peace'],
      ['Person', 'John Smith'],
      ['Location', 'Oslo'],
    ]);
  });

  it('does not join where no head word with "for" or "of" comes before the "and"', () => {
    const names = found('Kelvaro Regional and Security Affairs were discussed.').map(([, n]) => n);
    expect(names).not.toContain('Kelvaro Regional and Security Affairs');
  });

  it('joins fields listed with commas before the "and"', () => {
    expect(found('The Ruritanian Ministry of Economy, Trade and Industry said so.')).toContainEqual(
      ['Organization', 'Ruritanian Ministry of Economy, Trade and Industry'],
    );
    expect(found('The Bureau of Energy, Water, and Transport is in Kelvar.')).toContainEqual([
      'Organization',
      'Bureau of Energy, Water, and Transport',
    ]);
  });

  it('does not join a list of other names after a body', () => {
    const names = found('The Ministry of Finance, John Smith and the Bank of Kelvar agreed.');
    expect(names).toContainEqual(['Person', 'John Smith']);
    expect(names).toContainEqual(['Organization', 'Ministry of Finance']);
  });
});

describe("a state's possessive before a body", () => {
  it("reads a ministry after the possessive as that state's, even before a speech verb", () => {
    expect(found('Peru’s Ministry of Finance said on Monday that rates would rise.')).toEqual([
      ['State', 'Peru'],
      ['Organization', 'Ministry of Finance of Peru'],
    ]);
  });

  it("does not give another state's listed ministry to the owner", () => {
    const doc = analyze('France’s Ministry of Defence said on Monday that the base was safe.', {
      headline: false,
    });
    expect(doc.entities.map((e) => e.id)).toEqual([
      'state:FRA',
      'org:ministry-of-defence-of-france',
    ]);
  });
});
