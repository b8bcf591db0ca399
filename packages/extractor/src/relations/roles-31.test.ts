import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

// Role relations in constructions of news English (stop 31). Sentences written for these tests.

describe('titles: words that run into the body name describe it, not a part of it', () => {
  it('gives LEADS for "X, head of the left-leaning Y party"', () => {
    expect(
      roles('Maria Lindqvist, head of the left-leaning Workers Party, criticised the budget.'),
    ).toEqual([
      'LEADS person:maria-lindqvist org:workers-party',
      'MEMBER_OF person:maria-lindqvist org:workers-party',
    ]);
  });

  it('gives LEADS for "X, leader of the small opposition Y"', () => {
    expect(roles('Tomas Berg, leader of the small opposition Farmers Party, voted no.')).toEqual([
      'LEADS person:tomas-berg org:farmers-party',
      'MEMBER_OF person:tomas-berg org:farmers-party',
    ]);
  });

  it('still reads "head of research at Y" as the head of a part of Y', () => {
    expect(
      roles(
        'Maria Lindqvist, director of research at Stockholm-based Nordbank, criticised the budget.',
      ),
    ).toEqual([
      'MEMBER_OF person:maria-lindqvist org:nordbank',
      'REPRESENTS person:maria-lindqvist org:nordbank',
    ]);
  });

  it('gives nothing for a former head', () => {
    expect(
      roles(
        'Maria Lindqvist, a former head of the left-leaning Workers Party, criticised the budget.',
      ),
    ).toEqual([]);
  });
});

describe('names: "New" opening a sentence begins a listed name before a title', () => {
  it('keeps New Zealand before "Foreign Minister X"', () => {
    expect(roles('New Zealand Foreign Minister Ruth Tamaki arrived in Fiji.')).toEqual([
      'REPRESENTS person:ruth-tamaki state:NZL',
    ]);
  });

  it('keeps New Zealand before "Prime Minister X"', () => {
    expect(roles('New Zealand Prime Minister Ruth Tamaki arrived in Fiji.')).toEqual([
      'LEADS person:ruth-tamaki state:NZL',
    ]);
  });

  it('gives no role to a title the opening adjective "New" stands before', () => {
    expect(roles('New Prime Minister Ruth Tamaki arrived in Fiji.')).toEqual([]);
  });
});

describe('membership: only the states a phrase names as members belong to the body', () => {
  it('gives the possessor of "X\'s NATO allies" no membership', () => {
    expect(roles("Estonia's NATO allies pledged more troops.")).toEqual([]);
    expect(roles("Moldova's EU partners pledged aid.")).toEqual([]);
  });

  it('gives "X and its NATO allies" no membership', () => {
    expect(roles('Finland and its NATO allies held an exercise.')).toEqual([]);
  });

  it('gives a coordinated owner before a possessive no membership', () => {
    expect(roles("Japan and the United States' NATO allies met in Brussels.")).toEqual([]);
  });

  it('still gives membership to the allies the phrase names', () => {
    expect(roles("Estonia's NATO allies Latvia and Lithuania pledged more troops.")).toEqual([
      'MEMBER_OF state:LTU org:nato',
      'MEMBER_OF state:LVA org:nato',
    ]);
  });

  it('still reads "other" and "fellow" as membership', () => {
    expect(roles('Finland and other NATO members held an exercise.')).toEqual([
      'MEMBER_OF state:FIN org:nato',
    ]);
    expect(roles("Sweden's fellow NATO members welcomed the decision.")).toEqual([
      'MEMBER_OF state:SWE org:nato',
    ]);
  });
});

describe('titles: a place inside an organization title heads a branch, not the body', () => {
  it('gives REPRESENTS, not LEADS, for "X, Y\'s Europe director"', () => {
    expect(roles("Jane Doe, Greenpeace's Asia director, said so.")).toEqual([
      'MEMBER_OF person:jane-doe org:greenpeace',
      'REPRESENTS person:jane-doe org:greenpeace',
    ]);
  });

  it('still gives LEADS for "X, Y\'s director" and a name of the body that holds a place', () => {
    expect(roles("Jane Doe, Greenpeace's director, said so.")).toEqual([
      'LEADS person:jane-doe org:greenpeace',
      'MEMBER_OF person:jane-doe org:greenpeace',
    ]);
    expect(roles('Bayern Munich chairman Karl Hopfner said so.')).toEqual([
      'LEADS person:karl-hopfner org:bayern-munich',
      'MEMBER_OF person:karl-hopfner org:bayern-munich',
    ]);
  });
});

describe('titles: "Its director, X" after a sentence opening with a body', () => {
  it('reads the name in apposition to an unnamed body, not the body qualifying it', () => {
    expect(
      roles(
        'The UN refugee agency, UNHCR, said it was concerned. Its director, Marta Lindgren, spoke.',
      ),
    ).toEqual(['LEADS person:marta-lindgren org:unhcr']);
  });

  it('gives nothing for an unnamed body that a name only qualifies', () => {
    expect(
      roles('The UN refugee agency said it was concerned. Its director, Marta Lindgren, spoke.'),
    ).toEqual([]);
  });

  it('still reads a body that opens the sentence alone or with its own kind', () => {
    expect(
      roles('Amnesty International said it was concerned. Its director, Marta Lindgren, spoke.'),
    ).toEqual([
      'LEADS person:marta-lindgren org:amnesty-international',
      'MEMBER_OF person:marta-lindgren org:amnesty-international',
    ]);
    expect(
      roles('The Chinese foreign ministry said it was concerned. Its spokesman, Wang Li, spoke.'),
    ).toEqual(['REPRESENTS person:wang-li state:CHN']);
  });
});

describe("titles: an officer's field between a possessive holder and the title", () => {
  it('gives REPRESENTS for "Y\'s migration minister, X"', () => {
    expect(roles("Greece's migration minister, Nikos Papadakis, welcomed the agreement.")).toEqual([
      'REPRESENTS person:nikos-papadakis state:GRC',
    ]);
  });

  it('gives REPRESENTS for "Its foreign ministry spokesman, X" after a sentence opening with Y', () => {
    expect(
      roles(
        'Ethiopia rejected the accusation. Its foreign ministry spokesman, Tesfaye Bekele, spoke.',
      ),
    ).toEqual(['REPRESENTS person:tesfaye-bekele state:ETH']);
  });

  it("gives nothing for a word that places the officer outside the holder's government", () => {
    expect(roles("Syria's rebel spokesman, Omar Khalil, spoke.")).toEqual([]);
    expect(
      roles('Ethiopia rejected the accusation. Its rebel spokesman, Omar Khalil, spoke.'),
    ).toEqual([]);
  });

  it("gives nothing for a former officer or a description with a head's title", () => {
    expect(roles("Greece's former migration minister, Nikos Papadakis, spoke.")).toEqual([]);
    expect(roles("Burma's democracy leader, Mya Thein, spoke.")).toEqual([]);
  });
});

describe('titles: "the company\'s" before a title refers back to the body named last', () => {
  it('gives LEADS for "The company\'s chief executive, X" after a sentence opening with the company', () => {
    expect(
      roles("Siemens lost money in May. The company's chief executive, Joe Kaeser, spoke."),
    ).toEqual(['LEADS person:joe-kaeser org:siemens', 'MEMBER_OF person:joe-kaeser org:siemens']);
  });

  it('gives REPRESENTS for "The company\'s spokesman X"', () => {
    expect(roles("Siemens lost money in May. The company's spokesman Joe Kaeser spoke.")).toEqual([
      'MEMBER_OF person:joe-kaeser org:siemens',
      'REPRESENTS person:joe-kaeser org:siemens',
    ]);
  });

  it('gives nothing for a former holder or when the body named last does not fit the noun', () => {
    expect(
      roles("Siemens lost money in May. The company's former chief executive, Joe Kaeser, spoke."),
    ).toEqual([]);
    expect(
      roles(
        "Siemens lost money in May. Rival firm Bosch gained. The company's chief executive, Joe Kaeser, spoke.",
      ),
    ).toEqual([]);
  });
});

describe('titles: "The [holder] [field] [title], X" with no possessive', () => {
  it('gives REPRESENTS for "The UK Foreign Minister, X" and "The British fisheries minister, X"', () => {
    expect(roles('The UK Foreign Minister, Alun Pritchard, said so.')).toEqual([
      'REPRESENTS person:alun-pritchard state:GBR',
    ]);
    expect(roles('The British fisheries minister, Alun Pritchard, said so.')).toEqual([
      'REPRESENTS person:alun-pritchard state:GBR',
    ]);
  });

  it('gives LEADS for "The Siemens chief executive, X"', () => {
    expect(roles('The Siemens chief executive, Joe Kaeser, said so.')).toEqual([
      'LEADS person:joe-kaeser org:siemens',
      'MEMBER_OF person:joe-kaeser org:siemens',
    ]);
  });

  it('gives nothing for a word that is no field of the office, or a former holder', () => {
    expect(roles('The German opposition leader, Hans Doe, said so.')).toEqual([]);
    expect(roles('Syrian rebel spokesman Omar Khalil said so.')).toEqual([]);
    expect(roles('The former UK Foreign Minister, Alun Pritchard, said so.')).toEqual([]);
  });
});
