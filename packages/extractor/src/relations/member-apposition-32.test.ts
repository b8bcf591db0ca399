import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('memberAppositions before an irregular past (stop 32)', () => {
  it('reads "X\'s Y party won/lost" as membership: the verb ends the name\'s phrase', () => {
    expect(members("Ann Roux's Christian Democrats won the vote in Hesse.")).toEqual([
      'MEMBER_OF person:ann-roux org:cdu',
    ]);
    expect(members("Ann Roux's conservative CDU lost ground in Hesse.")).toEqual([
      'MEMBER_OF person:ann-roux org:cdu',
    ]);
  });

  it('still gives nothing for a rival party or a name before a noun', () => {
    expect(members("Ann Roux's rival CDU lost ground in Hesse.")).toEqual([]);
    expect(members('Tom Keller, a visitor at the Greenpeace office, said so.')).toEqual([]);
  });

  it('still gives a former member nothing', () => {
    expect(members("Ann Roux's former party, the CDU, lost ground in Hesse.")).toEqual([]);
  });
});

describe("a person's possessive before a club or team (stop 32)", () => {
  it('reads "X\'s Y beat Z" as X belonging to Y, on either side of the verb', () => {
    expect(members("Jürgen Klopp's Borussia Dortmund beat Bayern Munich 2-0 on Saturday.")).toEqual(
      ['MEMBER_OF person:jurgen-klopp org:borussia-dortmund'],
    );
    expect(members("Bayern Munich beat Jürgen Klopp's Borussia Dortmund 2-0 on Saturday.")).toEqual(
      ['MEMBER_OF person:jurgen-klopp org:borussia-dortmund'],
    );
  });

  it('gives nothing when the club only modifies a noun, or after "former"', () => {
    expect(members("Tom Keller's Bayern Munich tickets cost 80 euros.")).toEqual([]);
    expect(members("Tom Keller's former club Bayern Munich beat Borussia Dortmund 2-0.")).toEqual(
      [],
    );
  });
});

describe('a possessive before a club that names a thing of the club (stop 32)', () => {
  it('gives nothing for "X\'s Y fans"', () => {
    expect(members("Tom Keller's Borussia Dortmund fans sang all night.")).toEqual([]);
  });
});
