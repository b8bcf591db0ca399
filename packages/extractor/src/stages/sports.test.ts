import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): Array<[string, string]> =>
  body(text).mentions.map((m) => [m.type, m.text]);

describe('sports reports', () => {
  it('reads places in results as their teams, throughout the report', () => {
    const text =
      'CRICKET - COUNTY RESULTS .\nRedhill : Wessexshire 210 and 95-3 , Barsetshire 180 .\nBarsetshire captain Tom Reed spoke .';
    expect(
      typed(text)
        .filter(([type]) => type === 'Organization')
        .map(([, t]) => t),
    ).toEqual(['Wessexshire', 'Barsetshire', 'Barsetshire']);
  });

  it('reads a place agreeing with a plural verb as a team, and gives it the kind team', () => {
    const text =
      'SOCCER - LEAGUE .\nLeeds beat Derby 2-0 in the league .\nBristol are on the brink after a season without goals .';
    const doc = body(text);
    const side = doc.entities.find((e) => e.name === 'Bristol');
    expect(side?.type).toBe('Organization');
    expect(side?.attributes?.['kind']).toBe('team');
  });

  it('reads no team in a plural verb that agrees with two people joined by "and"', () => {
    const text =
      'SOCCER - LEAGUE .\nLeeds beat Derby 2-0 in the league .\nBoth Tomas Verbeke and Ruud Kalvaer were booked in the second half .';
    const types = typed(text).filter(([, t]) => t.includes('Verbeke') || t.includes('Kalvaer'));
    expect(types.map(([type]) => type)).not.toContain('Organization');
  });

  it('joins a side named after its place to the one club of the report with that name', () => {
    const text =
      'SOCCER - LEAGUE .\nWerder Bremen beat Derby 2-0 in the league .\nBremen are top of the league after a season of goals .';
    const names = body(text).entities.map((e) => `${e.type} ${e.name}`);
    expect(names.filter((n) => n.includes('Bremen'))).toEqual(['Organization Werder Bremen']);
  });

  it('keeps national sides as their country', () => {
    const text = 'SOCCER - FRIENDLY .\nEngland 2 Scotland 1 .';
    expect(
      typed(text)
        .filter(([, t]) => t === 'England' || t === 'Scotland')
        .map(([type]) => type),
    ).toEqual(['Location', 'Location']);
  });

  it('reads players in a scorecard as people', () => {
    const text =
      'CRICKET - SCOREBOARD .\nJ. Vance c Oduya b Ratnayake 45\nOduya 10-0-41-2 , Ratnayake 8-1-30-1';
    const people = typed(text)
      .filter(([type]) => type === 'Person')
      .map(([, t]) => t);
    expect(people).toEqual(expect.arrayContaining(['J. Vance', 'Ratnayake']));
  });

  it('reads a name with a country or a goal minute in parentheses as a player', () => {
    const text =
      'ATHLETICS - RESULTS .\n1. Tove Hallan ( Norway ) 15:09.00\nScorers : Eli Marov ( 57th )';
    expect(
      typed(text)
        .filter(([type]) => type === 'Person')
        .map(([, t]) => t),
    ).toEqual(['Tove Hallan', 'Eli Marov']);
  });

  it('does not read competitors in individual sports as teams', () => {
    const text =
      'TENNIS - RESULTS .\nMarek Holub ( Czech Republic ) beat Ivo Dravec ( Croatia ) 6-3 6-2';
    expect(typed(text).some(([type]) => type === 'Organization')).toBe(false);
  });

  it('reads a club after "former club", "a coach with" or "seasons at", and either side of "vs."', () => {
    const text =
      'SOCCER - LEAGUE .\nLeeds beat Derby 2-0 in the league .\nHe was a coach with Wessexburg , ' +
      'spent six seasons at Corvania and left his former club Marlhaven in May .\n' +
      'Saturday : Rotherfeld vs. Leeds .';
    const teams = typed(text)
      .filter(([type]) => type === 'Organization')
      .map(([, t]) => t);
    expect(teams).toEqual(
      expect.arrayContaining(['Wessexburg', 'Corvania', 'Marlhaven', 'Rotherfeld']),
    );
  });

  it('reads a club before a possessive of its people, and after a year or a title with "with"', () => {
    const text =
      "SOCCER - LEAGUE .\nLeeds beat Derby 2-0 in the league .\nWessexburg's goalkeeper was hurt .\n" +
      'He won the Cup in 1998 with Corvania and the title with Marlhaven .';
    const teams = typed(text)
      .filter(([type]) => type === 'Organization')
      .map(([, t]) => t);
    expect(teams).toEqual(expect.arrayContaining(['Wessexburg', 'Corvania', 'Marlhaven']));
  });

  it('reads a side whose verb follows an aside set off by commas', () => {
    const text =
      'SOCCER - LEAGUE .\nLeeds beat Derby 2-0 in the league .\nWessexburg , meanwhile , are third .';
    expect(typed(text)).toContainEqual(['Organization', 'Wessexburg']);
  });

  it('leaves places in ordinary news as places', () => {
    const a = body('Leeds 3 was the name of the trial. Floods hit Leeds on Monday.');
    expect(a.entities.some((e) => e.type === 'Organization')).toBe(false);
  });
});

describe('a common word opening a sentence of a sports report', () => {
  it('is no team', () => {
    const text =
      'SOCCER - WESSEXSHIRE WIN CUP .\nWessexshire beat Barsetshire 2-1 in the final on Sunday. ' +
      'Almost 40,000 fans watched the game. Discussions have taken place about a new stadium.';
    const orgs = typed(text)
      .filter(([type]) => type === 'Organization')
      .map(([, t]) => t);
    expect(orgs).not.toContain('Almost');
    expect(orgs).not.toContain('Discussions');
  });
});

describe('capitals as places', () => {
  it('makes a capital named as a place a Location when its state is not named', () => {
    const a = body('The talks in Vienna ended on Friday.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Location', 'Vienna']]);
  });

  it('leaves a capital used as a place out where the article names its state', () => {
    const a = body('Austria said it would host talks. Delegates met in Vienna.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['State', 'Austria']]);
  });

  it('still reads a capital beside a verb as its government', () => {
    const a = body('Vienna said it would host talks.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['State', 'Austria']]);
  });
});
