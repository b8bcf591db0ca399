import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('a second title in one apposition (title-conjunct.ts)', () => {
  it("gives the person the conjunct's title and body beside the first", () => {
    expect(
      roles(
        'Karl Weber, director of the Lindau Media Project and a fellow of the Brenner Foundation, said so.',
      ),
    ).toEqual([
      'LEADS person:karl-weber org:lindau-media-project',
      'MEMBER_OF person:karl-weber org:brenner-foundation',
      'MEMBER_OF person:karl-weber org:lindau-media-project',
      'REPRESENTS person:karl-weber org:brenner-foundation',
    ]);
    expect(
      roles(
        'Karl Weber, a fellow of the Lindau Media Project and the chairman of Norvane Steel, said so.',
      ),
    ).toContain('LEADS person:karl-weber org:norvane-steel');
  });

  it('gives nothing for a former, a critic, a rival or a candidate in the conjunct', () => {
    const first = [
      'LEADS person:karl-weber org:lindau-media-project',
      'MEMBER_OF person:karl-weber org:lindau-media-project',
    ];
    for (const conjunct of [
      'a former fellow of the Brenner Foundation',
      'a critic of the Brenner Foundation',
      'a rival of the president of the Liberal Union',
      'a candidate for chairman of the Liberal Union',
    ]) {
      expect(
        roles(`Karl Weber, director of the Lindau Media Project and ${conjunct}, said so.`),
      ).toEqual(first);
    }
  });

  it('gives nothing to a body that joins the sentence after the apposition closes', () => {
    expect(
      roles(
        'Karl Weber, director of the Lindau Media Project, and the Brenner Foundation said so.',
      ),
    ).toEqual([
      'LEADS person:karl-weber org:lindau-media-project',
      'MEMBER_OF person:karl-weber org:lindau-media-project',
    ]);
  });
});

describe("an organization's possessive noun in apposition (possessive-noun-apposition.ts)", () => {
  const MATCH = 'Bayern Munich beat Werder Bremen 2-1.';

  it('makes the person in apposition a member, the noun before or after the name', () => {
    expect(roles(`${MATCH} Werder Bremen's captain, Jonas Heyde, was angry.`)).toEqual([
      'MEMBER_OF person:jonas-heyde org:werder-bremen',
    ]);
    expect(roles(`${MATCH} Jonas Heyde, Werder Bremen's captain, was angry.`)).toEqual([
      'MEMBER_OF person:jonas-heyde org:werder-bremen',
    ]);
  });

  it('reads "the Y coach, X" but not an indefinite "a Y noun, X"', () => {
    expect(roles(`${MATCH} The Werder Bremen captain, Jonas Heyde, was angry.`)).toEqual([
      'MEMBER_OF person:jonas-heyde org:werder-bremen',
    ]);
    expect(roles(`${MATCH} A Werder Bremen captain, Jonas Heyde, was angry.`)).toEqual([]);
  });

  it('gives nothing for a former or rival holder, or a name after the noun', () => {
    expect(roles(`${MATCH} Jonas Heyde, Werder Bremen's former captain, was angry.`)).toEqual([]);
    expect(roles(`${MATCH} Werder Bremen's former captain, Jonas Heyde, was angry.`)).toEqual([]);
    expect(
      roles(`${MATCH} The win over Werder Bremen's rival captain, Jonas Heyde, was sweet.`),
    ).toEqual([]);
    expect(
      roles(`${MATCH} Jonas Heyde, Werder Bremen's captain Uli Brandt and Tom Bauer were angry.`),
    ).not.toContain('MEMBER_OF person:jonas-heyde org:werder-bremen');
  });

  it("gives a staff noun's person no membership of a state's body", () => {
    expect(
      roles(
        "The Lindenhof Institute said growth will come. Lena Horn, the Lindenhof Institute's economist, said growth will come.",
      ),
    ).toContain('MEMBER_OF person:lena-horn org:lindenhof-institute');
    expect(
      roles("Lena Horn, the Finance Ministry's economist, said growth will come."),
    ).not.toContain('MEMBER_OF person:lena-horn org:finance-ministry');
  });
});

describe('a holder whose name the text puts in quotation marks', () => {
  it('reads "the head of the \'Y,\' X" as it reads the unquoted name (title-of-before-name.ts)', () => {
    expect(
      roles(
        'Even earlier, the head of the "Brenner Foundation," Karl Weber, had warned the committee.',
      ),
    ).toEqual([
      'LEADS person:karl-weber org:brenner-foundation',
      'MEMBER_OF person:karl-weber org:brenner-foundation',
    ]);
  });

  it('keeps a speaker after a quotation that ends after an unquoted holder, and a former head', () => {
    expect(
      roles('"We reject the plan of the head of the Brenner Foundation," Karl Weber said.'),
    ).toEqual([]);
    expect(
      roles(
        'Even earlier, the former head of the "Brenner Foundation," Karl Weber, had warned the committee.',
      ),
    ).toEqual([]);
  });

  it('reads "X of \'Y\'" as "X of Y" (title-apposition.ts affiliation)', () => {
    expect(
      roles('"It is a shock," says Petra Holm of "Lindenhof Eltern", which counsels families.'),
    ).toContain('MEMBER_OF person:petra-holm org:lindenhof-eltern');
    expect(roles('Petra Holm, a critic of "Lindenhof Eltern", said so.')).toEqual([]);
  });
});

describe('membership verbs (membership-people.ts)', () => {
  it('reads "who coaches Y" as "who plays for Y"', () => {
    expect(roles('Karl Weber, who coaches Werder Bremen, was angry.')).toEqual([
      'MEMBER_OF person:karl-weber org:werder-bremen',
    ]);
  });

  it("gives nothing where the organization only owns the verb's object", () => {
    expect(roles("Karl Weber, who coaches Werder Bremen's rivals, was angry.")).toEqual([]);
    expect(roles("Karl Weber, who plays for Werder Bremen's rivals, was angry.")).toEqual([]);
    expect(roles("Karl Weber, a welder who works for Norvane Steel's rival, was angry.")).toEqual(
      [],
    );
  });
});
