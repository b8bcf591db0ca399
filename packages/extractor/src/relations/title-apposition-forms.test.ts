import { describe, expect, it } from 'vitest';
import { structural } from './test-roles.js';

describe('envoy sent to a state', () => {
  it('gives "X, France\'s ambassador to Germany" REPRESENTS France, not Germany', () => {
    expect(
      structural("Luc Marchal, France's ambassador to Germany, said the talks went well."),
    ).toEqual(['person:luc-marchal REPRESENTS state:FRA']);
  });

  it('reads a title of two words the same way', () => {
    expect(
      structural(
        "Luc Marchal, France's special representative to Syria, said the talks went well.",
      ),
    ).toEqual(['person:luc-marchal REPRESENTS state:FRA']);
  });

  it('gives a title that is no envoy\'s no holder after "to" a state', () => {
    expect(
      structural("Luc Marchal, France's minister to Germany, said the talks went well."),
    ).not.toContain('person:luc-marchal REPRESENTS state:DEU');
  });
});

describe('possessive after a plural-looking name: "X, Siemens\' chief executive"', () => {
  it('gives the title to the organization', () => {
    expect(structural("Luc Marchal, Siemens' chief executive, said profits rose.")).toContain(
      'person:luc-marchal LEADS org:siemens',
    );
  });
});

describe('a lower-case portfolio after a premodified title', () => {
  it('reads "X, the French minister of agriculture," as serving France', () => {
    expect(
      structural('Luc Marchal, the French minister of agriculture, arrived in Berlin on Monday.'),
    ).toEqual(['person:luc-marchal REPRESENTS state:FRA']);
  });

  it('gives nothing when the apposition runs on past the portfolio', () => {
    expect(
      structural(
        'Luc Marchal, the French minister of agriculture and a close ally of the president, arrived.',
      ),
    ).toEqual([]);
  });
});

describe('a possessed title held "since" a date', () => {
  it('reads "X, Hungary\'s prime minister since 2010," as leading Hungary', () => {
    expect(
      structural("Luc Marchal, Hungary's prime minister since 2010, met reporters in Warsaw."),
    ).toEqual(['person:luc-marchal LEADS state:HUN']);
  });

  it('gives nothing when "since" opens no date', () => {
    expect(
      structural("Luc Marchal, Hungary's prime minister since the war, met reporters in Warsaw."),
    ).toEqual([]);
  });
});

describe('possessedTitleBefore', () => {
  it('reads "Siemens\'s new chief executive, X," as leading Siemens', () => {
    expect(structural("Siemens's new chief executive, Luc Marchal, said profits rose.")).toEqual([
      'person:luc-marchal LEADS org:siemens',
      'person:luc-marchal MEMBER_OF org:siemens',
    ]);
  });

  it('gives nothing for a former holder', () => {
    expect(structural("Siemens's former chief executive, Luc Marchal, said profits rose.")).toEqual(
      [],
    );
  });

  it('gives nothing when no title stands between the possessive and the name', () => {
    expect(structural("Siemens's profits, Luc Marchal said, rose sharply.")).toEqual([]);
  });
});
