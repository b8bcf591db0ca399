import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Role relations (LEADS, REPRESENTS, MEMBER_OF) in constructions of news English. Sentences
// written for these tests.

function roles(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => ['MEMBER_OF', 'REPRESENTS', 'LEADS'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe("possessiveMembers: a media outlet's reporter", () => {
  it('makes "the BBC\'s X" a member of the outlet, not its representative', () => {
    expect(roles("The BBC's Tom Keller reported from the border on Monday.")).toEqual([
      'MEMBER_OF person:tom-keller org:bbc',
    ]);
    expect(roles("The flood was worse than feared, says CNN's Ann Hale.")).toEqual([
      'MEMBER_OF person:ann-hale org:cnn',
    ]);
  });

  it("keeps a company's possessive as speaking for the company", () => {
    expect(roles("Siemens's Tom Keller said the plant would close.")).toEqual([
      'MEMBER_OF person:tom-keller org:siemens',
      'REPRESENTS person:tom-keller org:siemens',
    ]);
  });
});

describe('isAdjectivalForm: "leading" before a party named by its members', () => {
  it('gives no LEADS for "met leading Republicans" or "talks with leading Social Democrats"', () => {
    expect(roles('Tom Keller met leading Republicans in Washington on Monday.')).toEqual([]);
    expect(
      roles('Ann Hale will hold talks with leading Social Democrats and union officials.'),
    ).toEqual([]);
  });

  it('keeps the verb before a determiner or a singular name', () => {
    expect(roles('Ann Hale has been leading the Social Democrats since 2005.')).toContain(
      'LEADS person:ann-hale org:spd',
    );
    expect(roles('Tom Keller, leading Siemens since 2013, said the plant would close.')).toContain(
      'LEADS person:tom-keller org:siemens',
    );
  });
});

describe('agent frame: "X is (the) executive director of Y"', () => {
  it('reads an executive or managing director named after "is" as the head of the body', () => {
    expect(roles('Tom Keller is the executive director of Greenpeace.')).toContain(
      'LEADS person:tom-keller org:greenpeace',
    );
    expect(roles('Ann Hale is managing director of Siemens.')).toContain(
      'LEADS person:ann-hale org:siemens',
    );
  });

  it('gives no LEADS for a director of a part of the body', () => {
    expect(roles('Tom Keller is the executive director of research at Greenpeace.')).not.toContain(
      'LEADS person:tom-keller org:greenpeace',
    );
  });
});

describe("defaultHolder: a news outlet as the article's organization", () => {
  it('gives a bare title no LEADS of an outlet named only as the source elsewhere', () => {
    expect(
      roles(
        'The band toured the world for three years, DW reported. Director Anna Kessler ' +
          'accompanied the five musicians on their tour. The film airs on DW on Sunday.',
      ),
    ).toEqual([]);
  });

  it("keeps the outlet named in the title's sentence, and a company that dominates", () => {
    expect(
      roles(
        'The film airs on the BBC on Sunday, the BBC said. Director Anna Kessler told the BBC ' +
          'the tour was long.',
      ),
    ).toContain('LEADS person:anna-kessler org:bbc');
    expect(
      roles(
        'Siemens cut 500 jobs on Monday. Chairman Tom Keller said the cuts were painful. ' +
          'Siemens shares fell.',
      ),
    ).toContain('LEADS person:tom-keller org:siemens');
  });
});

describe('communityTitle: a leader of an ethnic community named by two demonyms', () => {
  it('gives "Turkish Cypriot leader X" and "Kosovo Albanian leader X" no LEADS of a state', () => {
    expect(roles('Turkish Cypriot leader Tom Keller met the envoy on Monday.')).toEqual([]);
    expect(roles('Kosovo Albanian leader Tom Keller met the envoy on Monday.')).toEqual([]);
  });

  it("keeps a state's own office after the pair, and a leader after one demonym", () => {
    expect(roles('Greek Cypriot President Tom Keller met the envoy on Monday.')).toEqual([
      'LEADS person:tom-keller state:CYP',
    ]);
    expect(roles('Albanian leader Tom Keller met the envoy on Monday.')).toEqual([
      'LEADS person:tom-keller state:ALB',
    ]);
  });
});

describe('readTitle: "chief" before a longer officer title', () => {
  it('reads "chief market strategist at Y" and "chief financial officer at Y" as officers', () => {
    expect(roles('Tom Keller, chief market strategist at Deutsche Bank, said so.')).toEqual([
      'MEMBER_OF person:tom-keller org:deutsche-bank',
      'REPRESENTS person:tom-keller org:deutsche-bank',
    ]);
    expect(roles('Tom Keller, chief financial officer at Deutsche Bank, said so.')).toEqual([
      'MEMBER_OF person:tom-keller org:deutsche-bank',
      'REPRESENTS person:tom-keller org:deutsche-bank',
    ]);
  });

  it('keeps a head title of several words and a bare "chief at Y"', () => {
    expect(roles('Tom Keller, chief executive officer at Deutsche Bank, said so.')).toContain(
      'LEADS person:tom-keller org:deutsche-bank',
    );
    expect(roles('Tom Keller, chief at Deutsche Bank, said so.')).toContain(
      'LEADS person:tom-keller org:deutsche-bank',
    );
  });
});
