import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

// Role relations in constructions of news English (stop 31). Sentences written for these tests.

describe('titles: words that run into the body name describe it, not a part of it', () => {
  it('gives LEADS for "X, head of the left-leaning Y party"', () => {
    expect(roles('Maria Lindqvist, head of the left-leaning Workers Party, criticised the budget.')).toEqual([
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
      roles('Maria Lindqvist, director of research at Stockholm-based Nordbank, criticised the budget.'),
    ).toEqual([
      'MEMBER_OF person:maria-lindqvist org:nordbank',
      'REPRESENTS person:maria-lindqvist org:nordbank',
    ]);
  });

  it('gives nothing for a former head', () => {
    expect(
      roles('Maria Lindqvist, a former head of the left-leaning Workers Party, criticised the budget.'),
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
