import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const named = (text: string, surface: string): Array<[string, string]> =>
  body(text)
    .mentions.filter((m) => m.text === surface)
    .map((m) => [m.type, m.entityId]);

describe('retagNationalTeams', () => {
  const report =
    'Portugal beat Norway 2-0 in Lisbon on Saturday. Norway coach Ola Brekke blamed tired legs, ' +
    "and Portugal's goalkeeper kept a clean sheet for the third match running. " +
    'Portugal now face the hosts in the quarterfinal.';

  it('reads a country in a match report as its national team, an Organization apart from the state', () => {
    const a = body(report);
    const team = a.entities.find((e) => e.name === 'Portugal national team');
    expect(team?.type).toBe('Organization');
    expect(team?.attributes).toMatchObject({ kind: 'team', state: 'state:PRT' });
    expect(named(report, 'Norway').map(([type]) => type)).toEqual(['Organization', 'Organization']);
    expect(a.entities.some((e) => e.type === 'State')).toBe(false);
  });

  it('keeps the state where a later sentence is about its government', () => {
    const text = `${report} Separately, the Portuguese government said Portugal would cut fuel taxes.`;
    const a = body(text);
    expect(a.entities.map((e) => `${e.type} ${e.name}`)).toEqual(
      expect.arrayContaining(['Organization Portugal national team', 'State Portugal']),
    );
    expect(named(text, 'Portugal').at(-1)).toEqual(['State', 'state:PRT']);
  });

  it('leaves a country that beats another to a contract a State', () => {
    const a = body('Portugal beat Spain to the contract for four new frigates, the ministry said.');
    expect(a.entities.filter((e) => e.type === 'State').map((e) => e.name)).toEqual([
      'Portugal',
      'Spain',
    ]);
    expect(a.entities.some((e) => e.type === 'Organization')).toBe(false);
  });

  it('leaves a country in a sentence about policy goals a State, and a player\'s country after "of"', () => {
    const a = body(
      'The goal of the new sanctions against Iran is clear. Ana Lind of Sweden 6-4 was seeded first.',
    );
    expect(a.entities.some((e) => e.type === 'Organization')).toBe(false);
  });

  it("reads a coach's country as his side in a sentence about sport, not in one about a treaty", () => {
    const text =
      "Tomas Brekke's Portugal looked tired at the World Cup. Ana Lind's Sweden signed the treaty.";
    const a = body(text);
    expect(a.entities.find((e) => e.name.startsWith('Portugal'))?.type).toBe('Organization');
    expect(a.entities.find((e) => e.name.startsWith('Sweden'))?.type).toBe('State');
  });

  it("leaves a player's country a State after a result word ('against India's Leander Paes')", () => {
    const a = body("Nordin won 18 of the last 19 games against Sweden's Ola Brekke , 6-3 6-4 .");
    expect(a.entities.find((e) => e.name.startsWith('Sweden'))?.type).toBe('State');
  });

  it('reads "drew 1-1 with", "against the" and "scored for" sides in a sentence about sport', () => {
    const text =
      'After drawing 1-1 with Chile, the squad flew home. In the World Cup they lost against the ' +
      'Netherlands. At the World Cup, Reyes scored twice for Peru.';
    const teams = body(text)
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name);
    expect(teams).toEqual([
      'Chile national team',
      'Netherlands national team',
      'Peru national team',
    ]);
  });

  it('reads a country joined by "and" to a side as a side, and leaves a later treaty to the states', () => {
    const text =
      'At the World Cup, Chile beat Poland and Ukraine. Poland and Ukraine later signed a treaty.';
    const types = (surface: string): string[] => named(text, surface).map(([type]) => type);
    expect(types('Poland')).toEqual(['Organization', 'State']);
    expect(types('Ukraine')).toEqual(['Organization', 'State']);
  });

  it('keeps the place where a report says where a match was played', () => {
    const text =
      'Portugal beat Norway 2-0 on Saturday. The next qualifier is in Norway, and the coach ' +
      'said the striker was fit.';
    expect(named(text, 'Norway').map(([type]) => type)).toEqual(['Organization', 'State']);
  });
});

describe('emitYouthTeams', () => {
  it("makes a country's youth side an Organization of its own and leaves the country a State", () => {
    const a = body("Chile's under-20 team will play two friendlies in Spain next month.");
    expect(a.entities.map((e) => `${e.type} ${e.name}`)).toEqual(
      expect.arrayContaining(['State Chile', 'Organization Chile under-20 team']),
    );
    expect(a.mentions.find((m) => m.type === 'Organization')?.text).toBe('under-20 team');
  });

  it('joins a capitalised age-group name to the country before it', () => {
    const a = body("The Danish women's Under-21s won the tournament on Sunday.");
    const side = a.mentions.find((m) => m.type === 'Organization');
    expect([side?.text, side?.entityId]).toEqual(['Under-21s', 'org:denmark-under-21-team']);
  });

  it('makes no side of an age with no country before it', () => {
    const a = body('Players under-21 years of age pay half the fee.');
    expect(a.entities.some((e) => e.type === 'Organization')).toBe(false);
  });
});
