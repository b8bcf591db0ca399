import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

// The wrong kind of entity at an end of a stance edge: a state's adjective or name that only
// describes people, a company or a thing, read as the state acting or acted on. Sentences
// written for these tests.

function stances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('extractRelations: a demonym before a head noun it does not stand for', () => {
  it('takes the company a demonym describes as the target ("the Italian carmaker Fiat")', () => {
    expect(stances('Vladimir Putin praised the Italian carmaker Fiat.')).toEqual([
      'SUPPORTS person:vladimir-putin org:fiat',
    ]);
  });

  it('gives no target for the person a demonym describes ("the American boss of Y")', () => {
    expect(stances('Angela Merkel praised the American boss of Siemens.')).toEqual([]);
    expect(
      stances('Prince Harry criticised the press for hounding his American girlfriend.'),
    ).toEqual([]);
  });

  it('reads no source from people a demonym describes after "criticism from"', () => {
    expect(stances('Emmanuel Macron has faced criticism from German conservatives.')).toEqual([]);
    expect(stances('Emmanuel Macron came under fire from German economists.')).toEqual([]);
    expect(stances('Emmanuel Macron has faced criticism from German officials.')).toEqual([
      'OPPOSES state:DEU person:emmanuel-macron',
    ]);
  });

  it('reads a person a demonym describes by occupation as that person ("a Russian billionaire")', () => {
    expect(stances('A Russian billionaire backed Donald Trump.')).toEqual([]);
    expect(stances('A Russian oligarch who backs Donald Trump spoke.')).toEqual([]);
    expect(stances('Donald Trump attacked the American actor.')).toEqual([]);
    expect(stances('Donald Trump attacked the American actor Robert De Niro.')).toEqual([
      'OPPOSES person:donald-trump person:robert-de-niro',
    ]);
  });

  it('reads "a Brazilian developer who ..." as the developer, not Brazil', () => {
    expect(stances('A Brazilian developer who mocked Emmanuel Macron lost his job.')).toEqual([]);
  });

  it('keeps a demonym before a head that acts for the state ("Brazilian officials who")', () => {
    expect(stances('Brazilian officials who mocked Emmanuel Macron were recalled.')).toEqual([
      'OPPOSES state:BRA person:emmanuel-macron',
    ]);
  });

  it('reads no gerund subject from people a demonym describes ("arming Peruvian refugees")', () => {
    expect(
      stances(
        'The report accuses Chile of arming Peruvian refugees with the aim of toppling Peruvian President Dina Boluarte.',
      ).filter((t) => t.includes('state:PER')),
    ).toEqual([]);
  });
});

describe('extractRelations: a state inside another name', () => {
  it('reads "Americans for Tax Reform" as a name, not the state backed', () => {
    // The group is the one backed (stages/advocacy-names.ts), never the state.
    const edges = stances('The Soros-backed group Americans for Tax Reform ran ads against Obama.');
    expect(edges.filter((e) => e.includes('state:'))).toEqual([]);
    expect(edges.filter((e) => e.startsWith('SUPPORTS'))).toEqual([
      expect.stringMatching(/ org:americans-for-tax-reform$/),
    ]);
  });

  it('reads "Concerned Women for America" as a name, not the state backed', () => {
    expect(stances('The Soros-backed Concerned Women for America held a rally.')).toEqual([
      expect.stringMatching(/^SUPPORTS .* org:concerned-women-for-america$/),
    ]);
  });

  it('keeps a state backed by name ("Iran-backed Syria government", "Iran-backed Hezbollah")', () => {
    expect(stances('The Iran-backed Syria government attacked rebels.')).toContain(
      'SUPPORTS state:IRN state:SYR',
    );
    expect(stances('Iran-backed Hezbollah attacked Israel.')).toContain(
      'SUPPORTS state:IRN org:hezbollah',
    );
  });

  it('gives no backing of a state whose name only modifies a noun ("Colombia peace talks")', () => {
    expect(stances('The Norway-backed Colombia peace talks resumed on Monday.')).toEqual([]);
  });
});

describe('extractRelations: a state named as the place where something happens', () => {
  it('reads "in the streets of Y" as a place, not the one opposed', () => {
    expect(stances('Siemens protested in the streets of Lebanon.')).toEqual([]);
  });

  it('keeps the object before the place ("fought Israel in the south of Lebanon")', () => {
    expect(stances('Hezbollah fought Israel in the south of Lebanon.')).toEqual([
      'OPPOSES org:hezbollah state:ISR',
    ]);
  });
});

describe('extractRelations: a state after "from" that places the people of the object', () => {
  it('gives no target for "a journalist from Y", "workers from Y", "protesters from Y"', () => {
    expect(stances('Donald Trump attacked a journalist from Mexico.')).toEqual([]);
    expect(stances('Donald Trump praised the workers from Mexico.')).toEqual([]);
    expect(stances('Donald Trump attacked protesters from Mexico.')).toEqual([]);
    expect(
      stances(
        'Vladimir Putin lashed out at the five lawmakers of Russian descent from the Christian Democrats who had backed the resolution.',
      ),
    ).toEqual([]);
  });

  it('keeps a thing from the state and an office holder from it', () => {
    expect(stances('The United States banned imports from Mexico.')).toEqual([
      'OPPOSES state:USA state:MEX',
    ]);
    expect(stances('Donald Trump attacked an envoy from Mexico.')).toEqual([
      'OPPOSES person:donald-trump state:MEX',
    ]);
  });
});
