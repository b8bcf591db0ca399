import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('teams named by their place and a nickname', () => {
  it('reads a place and a plural nickname in a sports report as one team', () => {
    const text =
      'BASEBALL - MAJOR LEAGUE RESULTS .\nThe Seattle Mariners beat the Kansas City Royals 5-3 on Friday .';
    expect(found(text)).toEqual([
      ['Organization', 'Seattle Mariners'],
      ['Organization', 'Kansas City Royals'],
    ]);
  });

  it("joins the team's nickname alone to the team", () => {
    const text =
      'BASEBALL - MAJOR LEAGUE RESULTS .\nThe Seattle Mariners beat Boston 5-3 on Friday .\nThe Mariners have won three in a row .';
    const mariners = analyze(text, { headline: false }).entities.find(
      (e) => e.name === 'Seattle Mariners',
    );
    expect(mariners?.mentions.length).toBe(2);
  });

  it('reads a given name that is also a place, before a surname, as a person', () => {
    const text =
      'BASKETBALL - COLLEGE RESULTS .\nThe Seattle Mariners beat Boston 5-3 .\nPlayer Jordan Hankins scored 20 points .';
    expect(found(text)).not.toContainEqual(['Organization', 'Jordan Hankins']);
  });

  it('leaves a place and its people apart outside sports, and a listed group after the place', () => {
    expect(found('The Seattle Democrats met the mayor on Friday.')).not.toContainEqual([
      'Organization',
      'Seattle Democrats',
    ]);
    const text =
      'BASEBALL - MAJOR LEAGUE RESULTS .\nThe Seattle Mariners beat Boston 5-3 .\nTexas Republicans cheered the result .';
    expect(found(text)).not.toContainEqual(['Organization', 'Texas Republicans']);
  });
});

describe('teams in a standings table', () => {
  it("reads a place in capitals before a side's numbers as the team, a dated place as the dateline", () => {
    const text = [
      "BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY 'S GAMES .",
      'BOSTON 1996-08-30',
      'standings after games played on Thursday :',
      'W L PCT GB',
      'BALTIMORE 70 63 .526 4',
      'CHICAGO 65 66 .496 5',
      'TORONTO 63 71 .470 11 1/2',
    ].join('\n');
    const a = analyze(text, { headline: false });
    const typeOf = (t: string): string | undefined => a.mentions.find((m) => m.text === t)?.type;
    expect(['BOSTON', 'CHICAGO', 'TORONTO'].map(typeOf)).toEqual([
      'Location',
      'Organization',
      'Organization',
    ]);
  });
});
