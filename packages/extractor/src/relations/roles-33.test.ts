import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

// Role relations in constructions of news English (stop 33). Sentences written for these tests.

describe('titles: a place glued to a participle describes the body after it', () => {
  it('gives LEADS for "X is the executive director of Oslo-based Y"', () => {
    expect(
      roles('Ingrid Vold is the executive director of Oslo-based Nordic Relief Foundation.'),
    ).toEqual([
      'LEADS person:ingrid-vold org:nordic-relief-foundation',
      'MEMBER_OF person:ingrid-vold org:nordic-relief-foundation',
    ]);
  });

  it('gives LEADS for "X is the head of Geneva-headquartered Y"', () => {
    expect(roles('Paul Meier is the head of Geneva-headquartered Alpine Aid Foundation.')).toEqual([
      'LEADS person:paul-meier org:alpine-aid-foundation',
      'MEMBER_OF person:paul-meier org:alpine-aid-foundation',
    ]);
  });

  it('gives nothing for a former head', () => {
    expect(roles('Ingrid Vold is a former head of Oslo-based Nordic Relief Foundation.')).toEqual(
      [],
    );
  });

  it('gives the talks partner no office in "X held talks with the head of Oslo-based Y"', () => {
    expect(
      roles('Ingrid Vold held talks with the head of Oslo-based Nordic Relief Foundation.'),
    ).toEqual([]);
  });
});

describe('titles: a present copula before a possessed title', () => {
  it('gives LEADS for "X is Y\'s president"', () => {
    expect(roles('Ingrid Vold is the Nordic Relief Foundation’s president.')).toEqual([
      'LEADS person:ingrid-vold org:nordic-relief-foundation',
      'MEMBER_OF person:ingrid-vold org:nordic-relief-foundation',
    ]);
  });

  it('gives LEADS for "X remains Y\'s executive director, ..."', () => {
    expect(
      roles(
        "Ingrid Vold remains the Nordic Relief Foundation's executive director, a post she took in 2015.",
      ),
    ).toEqual([
      'LEADS person:ingrid-vold org:nordic-relief-foundation',
      'MEMBER_OF person:ingrid-vold org:nordic-relief-foundation',
    ]);
  });

  it('gives a state office for "X is Norway\'s foreign minister"', () => {
    expect(roles("Ingrid Vold is Norway's foreign minister.")).toEqual([
      'REPRESENTS person:ingrid-vold state:NOR',
    ]);
  });

  it('gives REPRESENTS for a deputy', () => {
    expect(roles("Ingrid Vold is the Nordic Relief Foundation's deputy director.")).toEqual([
      'MEMBER_OF person:ingrid-vold org:nordic-relief-foundation',
      'REPRESENTS person:ingrid-vold org:nordic-relief-foundation',
    ]);
  });

  it('gives nothing for a past or former office', () => {
    expect(roles("Ingrid Vold was the Nordic Relief Foundation's president.")).toEqual([]);
    expect(roles("Ingrid Vold is the Nordic Relief Foundation's former president.")).toEqual([]);
  });

  it("gives no office for the president's critic or adviser", () => {
    expect(roles("Ingrid Vold is the Nordic Relief Foundation's president's adviser.")).toEqual([]);
    expect(roles("Ingrid Vold is the president's critic.")).toEqual([]);
  });
});

describe('titles: "co-" before a title of a head', () => {
  it('gives LEADS for "Y co-CEO X"', () => {
    expect(roles('Nordlys Bank co-CEO Ingrid Vold announced the cuts.')).toEqual([
      'LEADS person:ingrid-vold org:nordlys-bank',
    ]);
  });

  it('gives LEADS for "X, co-CEO of Y,"', () => {
    expect(roles('Ingrid Vold, co-CEO of Nordlys Bank, announced the cuts.')).toEqual([
      'LEADS person:ingrid-vold org:nordlys-bank',
    ]);
  });

  it('gives nothing for a co-founder or a former co-CEO', () => {
    expect(roles('Ingrid Vold, co-founder of Nordlys Bank, announced the cuts.')).toEqual([]);
    expect(roles('Ingrid Vold, the former co-CEO of Nordlys Bank, announced the cuts.')).toEqual(
      [],
    );
  });

  it('gives the adviser of a co-CEO no office of her own', () => {
    expect(
      roles('Ingrid Vold, an adviser to the co-CEO of Nordlys Bank, announced the cuts.'),
    ).not.toContain('LEADS person:ingrid-vold org:nordlys-bank');
  });
});

describe('names: a capitalised title and "of" open no body\'s name', () => {
  it('reads "X, Managing Director of Y Alliance" as the head of Y Alliance', () => {
    expect(roles('Ingrid Vold, Managing Director of Nordic Air Alliance, said so.')).toEqual([
      'LEADS person:ingrid-vold org:nordic-air-alliance',
      'MEMBER_OF person:ingrid-vold org:nordic-air-alliance',
    ]);
  });
});

describe('titles: a head whose title names its one body', () => {
  it('gives LEADS of the Catholic Church to "Pope X" when the article names the church', () => {
    expect(
      roles('The Catholic Church faces a crisis. Pope Clement XX urged bishops to act.'),
    ).toContain('LEADS person:clement-xx org:catholic-church');
  });

  it('gives it after a describing word too ("newly-elected Pope X")', () => {
    expect(
      roles('Bishops backed by newly-elected Pope Clement XX spoke for the Catholic Church.'),
    ).toContain('LEADS person:clement-xx org:catholic-church');
  });

  it('gives no LEADS to a former pope, nor where the article names no church', () => {
    expect(
      roles('The Catholic Church faces a crisis. The former Pope Clement XX urged bishops to act.'),
    ).not.toContain('LEADS person:clement-xx org:catholic-church');
    expect(roles('Pope Clement XX urged bishops to act.')).toEqual([]);
  });
});
