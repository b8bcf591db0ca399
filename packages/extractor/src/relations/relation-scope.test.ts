import { describe, expect, it } from 'vitest';
import { structural } from './test-roles.js';

describe('objectTakenFrom', () => {
  it('gives no affiliation to a person a club signed from another', () => {
    expect(structural('Juventus signed Marco Delvecchio from Manchester United in July.')).toEqual(
      [],
    );
  });

  it('gives none after "to pry X from Y" either', () => {
    expect(
      structural('Chelsea paid a fortune to pry Marco Delvecchio from Manchester United.'),
    ).toEqual([]);
  });

  it('keeps the affiliation of a subject "X from Y"', () => {
    expect(
      structural('Marco Delvecchio from Amnesty International told reporters the camp was full.'),
    ).toContain('person:marco-delvecchio REPRESENTS org:amnesty-international');
  });
});

describe('cueAimsAtUnnamedBody', () => {
  it('reads "head of the X recruitment center" as heading the center, not X', () => {
    expect(
      structural(
        '"We need more staff," said Colonel Ralf Hoppe, head of the Bundeswehr recruitment center in western Germany.',
      ),
    ).toEqual([]);
  });

  it('keeps "X, head of the Y" when Y is the body itself', () => {
    expect(
      structural('"We need more staff," said Ralf Hoppe, head of the European Investment Bank.'),
    ).toContain('person:ralf-hoppe LEADS org:eib');
  });
});

describe('ledNounBetween', () => {
  it('gives no LEADS to an actor past the noun "X-led" modifies', () => {
    expect(structural('Saudi-led warplanes pound Yemen after the truce ends.')).toEqual([]);
    expect(
      structural('The U.S.-led coalition against Islamic State bombed Raqqa on Sunday.'),
    ).toEqual([]);
  });

  it('keeps "X-led" glued to the actor it leads', () => {
    expect(structural('The Saudi-led Arab Coalition struck the town.')).toEqual([
      expect.stringMatching(/^state:SAU LEADS org:/),
    ]);
  });
});

describe('relativeLinksAgent', () => {
  it('gives no membership to the antecedent of "which includes all members of Y"', () => {
    expect(
      structural(
        'The Asian Infrastructure Investment Bank, which includes all members of the European Union, opened in Beijing.',
      ),
    ).toEqual([]);
  });

  it('keeps "X, which is a member of Y"', () => {
    expect(
      structural('Poland, which is a member of the European Union, protested on Monday.'),
    ).toEqual(['state:POL MEMBER_OF org:european-union']);
  });
});
