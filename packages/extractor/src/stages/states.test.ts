import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

describe('states', () => {
  it('finds states by name, official name, abbreviation and demonym, one entity each', () => {
    const a = body(
      'The U.S. and the United States of America met. American officials, Americans and France agreed.',
    );
    expect(a.ids.filter((id) => id === 'state:USA')).toHaveLength(1);
    expect(a.byId('state:USA')?.aliases).toEqual(
      expect.arrayContaining(['U.S.', 'United States of America', 'American', 'Americans']),
    );
    expect(a.ids).toContain('state:FRA');
  });

  it('resolves plural demonyms and curated names to the sovereign state', () => {
    const a = body('Iraqis fled. Britain and the French disagreed with Turkey.');
    expect(a.ids).toEqual(
      expect.arrayContaining(['state:IRQ', 'state:GBR', 'state:FRA', 'state:TUR']),
    );
  });

  it('reads a capitalised "US" before a title as the state, and the title binds to the person', () => {
    const a = body(
      'Crowds gathered. US President Ola Brenn waved. Later US Secretary of State Ivo Marr and US envoy Lia Dorn left.',
    );
    const us = a.mentions.filter((m) => m.entityId === 'state:USA').map((m) => m.text);
    expect(us).toEqual(['US', 'US', 'US']);
    const roles = a.mentions
      .filter((m) => m.type === 'Person')
      .map((m) => [m.text, m.role?.title, m.role?.of]);
    expect(roles).toEqual([
      ['Ola Brenn', 'President', 'state:USA'],
      ['Ivo Marr', expect.stringMatching(/Secretary/), 'state:USA'],
      ['Lia Dorn', expect.stringMatching(/envoy/i), 'state:USA'],
    ]);
    // The pronoun stays a pronoun.
    expect(body('They told us nothing.').ids).not.toContain('state:USA');
  });

  it('reads a capital as its government only beside a verb or possessive', () => {
    expect(body('Washington argues the tariff helps. Moscow’s decision angered Kyiv.').ids).toEqual(
      expect.arrayContaining(['state:USA', 'state:RUS']),
    );
    // As places they are Locations, never their states.
    const places = body('He flew to Washington and met reporters in Moscow.').entities;
    expect(places.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Washington'],
      ['Location', 'Moscow'],
    ]);
  });

  it('reads a capital after "by" as its government when an act precedes it, else as the place', () => {
    expect(body('Critics deplored the decision by Canberra to close the embassy.').ids).toEqual([
      'state:AUS',
    ]);
    expect(body('Officials welcomed a move by Lisbon.').ids).toEqual(['state:PRT']);
    expect(body('Officials lodged a protest with Lisbon.').ids).toEqual(['state:PRT']);
    // Two capitals that act together, the first before "and".
    expect(body('Canberra and Lisbon agreed to talk.').ids).toEqual(['state:AUS', 'state:PRT']);
    expect(body('Canberra and Lisbon were crowded.').entities.map((e) => e.type)).toEqual([
      'Location',
      'Location',
    ]);
    const places = body(
      'The bridge near Lisbon was built by a firm and visited by Canberra.',
    ).entities;
    expect(places.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Lisbon'],
      ['Location', 'Canberra'],
    ]);
  });

  it('reads any sovereign capital acting as its government, not only well-known ones', () => {
    const a = body(
      'The Soviet Union, Hanoi’s main ally, had no comment. Niamey rejected the plan, and officials said that Kinshasa would resist.',
    );
    expect(a.ids).toEqual(['state:SUN', 'state:VNM', 'state:NER', 'state:COD']);
    expect(a.byId('state:VNM')?.aliases).toContain('Hanoi');
    // Without its accents too.
    expect(body('Bogota said it would retaliate.').ids).toEqual(['state:COL']);
  });

  it('reads a capital as its government where it is the other party of an ally, talks or sanctions', () => {
    expect(body('Canberra is a close ally of Ottawa.').ids).toEqual(['state:AUS', 'state:CAN']);
    expect(body('Lima resumed talks with Quito.').ids).toEqual(['state:PER', 'state:ECU']);
    // A noun that names no party leaves the capital a place.
    const a = body('The mayor of Ottawa held talks in Quito.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Ottawa'],
      ['Location', 'Quito'],
    ]);
  });

  it('keeps a capital a place where it names a place or a thing', () => {
    const a = body('He landed in Prague on Monday. Ireland rejected the Lisbon Treaty.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Prague'],
      ['State', 'Ireland'],
    ]);
    // Brussels speaks for the EU, not for Belgium.
    expect(body('Brussels said the tariffs were illegal.').ids).not.toContain('state:BEL');
  });

  it('joins a shared name or demonym to the one of its states the article names', () => {
    const a = body(
      'Fighting in eastern Congo went on. The Democratic Republic of Congo protested. Congolese Foreign Minister Ana Bela spoke.',
    );
    expect(a.ids.filter((id) => id.startsWith('state:'))).toEqual(['state:COD']);
    expect(a.byId('state:COD')?.aliases).toEqual(expect.arrayContaining(['Congo', 'Congolese']));
    expect(body('Congolese troops crossed, and Brazzaville said it would resist.').ids).toEqual([
      'state:COG',
    ]);
    // Neither named: a demonym is left out rather than guessed.
    expect(body('Congolese music is popular.').ids).toEqual([]);
  });

  it('names a state by its current name when the text uses a former one', () => {
    const a = body('West Germany and Germany agreed. The Soviet Union objected.');
    expect(a.ids.filter((id) => id === 'state:DEU')).toHaveLength(1);
    expect(a.byId('state:DEU')?.name).toBe('Germany');
    expect(a.byId('state:DEU')?.aliases).toContain('West Germany');
    expect(a.byId('state:SUN')?.name).toBe('Soviet Union');
  });

  it('keeps territories out of the states', () => {
    const a = body('Greenland and Puerto Rico voted.');
    expect(a.entities.every((e) => e.type === 'Location')).toBe(true);
  });

  it('records the ISO code as an attribute', () => {
    expect(body('Japan spoke.').byId('state:JPN')?.attributes).toEqual({ iso3: 'JPN' });
  });
});
