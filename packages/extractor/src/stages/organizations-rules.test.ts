import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const orgs = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Organization')
    .map((e) => e.name);

describe('organizations nobody listed', () => {
  it('reads a company suffix as an organization and joins its short forms', () => {
    const a = body(
      'Brenner Stahl AG said on Monday it would cut jobs. Shares in Brenner fell, and Brenner Stahl said more.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Organization', 'Brenner Stahl AG']]);
    expect(a.byId('org:brenner-stahl-ag')?.mentions).toHaveLength(3);
  });

  it('joins a suffixed company to the listed name it starts with', () => {
    const a = body('Samsung shares slid. Samsung Electronics Co. said profit fell.');
    expect(orgs('Samsung shares slid. Samsung Electronics Co. said profit fell.')).toEqual([
      'Samsung Electronics Co.',
    ]);
    expect(a.entities).toHaveLength(1);
  });

  it('joins a one-word organization to the one longer organization it opens', () => {
    const a = body(
      'The Varnholt Institute published a study. Varnholt shares fell, and the Varnholt board met.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Varnholt Institute'],
    ]);
    expect(a.entities[0]?.mentions).toHaveLength(3);
  });

  it('leaves a noun for a body opening the sentence outside the name it describes', () => {
    expect(orgs('Some news came first.\nInsurer Kelvaro said profits fell.')).toEqual(['Kelvaro']);
    expect(orgs('Some news came first.\nCarmaker Velto Motors cut jobs on Monday.')).toEqual([
      'Velto Motors',
    ]);
  });

  it('reads a name opened by a foreign article as a title, not a person', () => {
    const a = body(
      'The minister told Die Gazetta on Sunday that he would stay. La Vortuna agreed.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Die Gazetta'],
      ['Organization', 'La Vortuna'],
    ]);
  });

  it('leaves a name opened by a foreign article where towns stand', () => {
    const types = body('She was born in La Carvena and grew up near Los Brenos.').entities.map(
      (e) => e.type,
    );
    expect(types).not.toContain('Organization');
  });

  it('drops a sentence-initial common word before "of"', () => {
    expect(orgs('Shares of Varga Mining Corp. rose while shares elsewhere fell.')).toEqual([
      'Varga Mining Corp.',
    ]);
  });

  it('takes the kind of organization from a noun before or after the name', () => {
    expect(
      orgs(
        'The pension fund Kaupthing Eignir said it would sell. The environmental group GREENLINK said no.',
      ),
    ).toEqual(['Kaupthing Eignir', 'GREENLINK']);
    expect(orgs('The Metall Nord union said it would strike.')).toEqual(['Metall Nord']);
  });

  it('reads a name with digits before "rebel group" as an organization', () => {
    expect(body('Rwanda denies backing the M23 rebel group.').ids).toEqual([
      'state:RWA',
      'org:m23',
    ]);
  });

  it('reads "Security Council" as the UN organ only when no other owner is given', () => {
    const a = body(
      'The African Union’s Peace and Security Council backed the plan. Russia’s Security Council met.',
    );
    expect(a.ids).not.toContain('org:un-security-council');
    expect(a.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Peace and Security Council', 'Security Council of Russia']),
    );
    expect(body('The Security Council voted.').ids).toEqual(['org:un-security-council']);
    expect(body('France and Germany agreed.').ids).toEqual(['state:FRA', 'state:DEU']);
  });

  it('keeps a channel number in the name', () => {
    expect(
      body('He listened to BBC Radio 4 and then Channel 4 News.').entities.map((e) => e.name),
    ).toEqual(['BBC Radio 4', 'Channel 4 News']);
  });

  it('reads "the <Head> of X" as an organization', () => {
    expect(
      orgs(
        'The Bureau of Statistics said prices rose. He urged the Office of the Director of Public Prosecutions to act.',
      ),
    ).toEqual(['Bureau of Statistics', 'Office of the Director of Public Prosecutions']);
  });

  it('lets an acronym defined in the article override the listed one', () => {
    const a = body(
      'Gunmen from the Coalition of Patriots for Change (CPC) attacked. The CPC denied it.',
    );
    expect(
      orgs('Gunmen from the Coalition of Patriots for Change (CPC) attacked. The CPC denied it.'),
    ).toEqual(['Coalition of Patriots for Change']);
    expect(
      a.entities.find((e) => e.name === 'Coalition of Patriots for Change')?.mentions,
    ).toHaveLength(3);
  });

  it('keeps "in the X" inside a name an acronym defines', () => {
    const text =
      'The United Nations Assistance Mission in the Republic of Mali (UNAMRM) said it was attacked. UNAMRM troops returned.';
    const a = body(text);
    const mission = a.entities.find((e) => e.aliases.includes('UNAMRM'));
    expect(mission?.name).toBe('United Nations Assistance Mission in the Republic of Mali');
  });

  it('reads a listed organization followed by a country as its national branch', () => {
    expect(orgs('Transparency International Kenya urged prosecutors to act.')).toEqual([
      'Transparency International Kenya',
    ]);
  });

  it('makes an acronym that speaks an organization, not a person', () => {
    const a = body('The report was welcomed. “We agree,” KWDN said.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Organization', 'KWDN']]);
  });
});

describe('titles with a portfolio', () => {
  it('keeps "of Foreign Affairs" and "for Water" out of the name', () => {
    const a = body(
      'Minister of Foreign Affairs Lina Okoro met the Cabinet Secretary for Water, Joseph Kiptoo, today.',
    );
    expect(a.entities.map((e) => e.name)).toEqual(['Lina Okoro', 'Joseph Kiptoo']);
  });
});
