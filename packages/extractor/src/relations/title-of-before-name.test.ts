import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('titleOfBeforeName', () => {
  it('gives "the head of the European Commission, X" the head of the body', () => {
    expect(
      roles('Reporters met the head of the European Commission, Tom Keller, in Brussels.'),
    ).toEqual([
      'LEADS person:tom-keller org:european-commission',
      'MEMBER_OF person:tom-keller org:european-commission',
    ]);
  });

  it('reads past the body\'s bracketed short name and its place: "the head of Y (YF) in Bonn, X"', () => {
    expect(
      roles('The head of the Konrad Adenauer Stiftung (KAS) in Bonn, Tom Keller, spoke.'),
    ).toEqual([
      'LEADS person:tom-keller org:konrad-adenauer-stiftung',
      'MEMBER_OF person:tom-keller org:konrad-adenauer-stiftung',
    ]);
    expect(roles('Visitors to Bonn, Tom Keller said, were few.')).toEqual([]);
  });

  it('reads "the president of France, X" and "the foreign minister of Peru, X"', () => {
    expect(roles('They spoke to the president of France, Tom Keller, on Monday.')).toEqual([
      'LEADS person:tom-keller state:FRA',
    ]);
    expect(roles('They spoke to the foreign minister of Peru, Tom Keller, on Monday.')).toEqual([
      'REPRESENTS person:tom-keller state:PER',
    ]);
  });

  it('gives nothing for a plural, a former holder or a noun that is no title', () => {
    expect(roles('They met leaders of Peru, Tom Keller and Ann Roux.')).toEqual([]);
    expect(roles('They met the former president of France, Tom Keller, on Monday.')).toEqual([]);
    expect(roles('Fans of Bayern Munich, Tom Keller said, are loyal.')).toEqual([]);
  });
});

describe('titles the body names in other ways', () => {
  it('reads a co-leader as leading the party', () => {
    expect(roles('Green Party co-leader Tom Keller received threats.')).toContain(
      'LEADS person:tom-keller org:green-party',
    );
  });

  it("reads a title after the body's bracketed acronym as the body's", () => {
    expect(roles('Federal Environment Agency (FEA) president Tom Keller said so.')).toContain(
      'LEADS person:tom-keller org:federal-environment-agency',
    );
  });
});

describe('a body named with its kind before the title', () => {
  it('gives "Siemens group chief X" the head of Siemens', () => {
    expect(roles('Siemens group chief Tom Keller spoke.')).toContain(
      'LEADS person:tom-keller org:siemens',
    );
  });
});
