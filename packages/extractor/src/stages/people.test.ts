import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { body } from './test-helpers.js';

describe('people', () => {
  it('keeps the title out of the name and records it as a role with its state', () => {
    const a = body('U.S. Defense Secretary Mark Alden accused China. Alden said more.');
    const person = a.byId('person:mark-alden');
    expect(person).toMatchObject({ name: 'Mark Alden', type: 'Person' });
    expect(person?.mentions).toHaveLength(2);
    expect(a.mentions.find((m) => m.text === 'Mark Alden')?.role).toMatchObject({
      title: 'Defense Secretary',
      of: 'state:USA',
    });
  });

  it('takes the organization before a title as its owner', () => {
    const a = body('NATO Secretary General Anna Berg spoke.');
    expect(a.mentions.find((m) => m.text === 'Anna Berg')?.role).toMatchObject({
      title: 'Secretary General',
      of: 'org:nato',
    });
  });

  it('finds a lower-case title and its state before a name', () => {
    const a = body('French president Jacques Morel has called it unfair.');
    expect(a.mentions.find((m) => m.text === 'Jacques Morel')?.role).toMatchObject({
      title: 'President',
      of: 'state:FRA',
    });
  });

  it('takes a role from an apposition', () => {
    const a = body('Ulrike Brandt, a lawmaker for the Christian Democrats, spoke.');
    expect(a.mentions.find((m) => m.text === 'Ulrike Brandt')?.role).toMatchObject({
      title: 'Lawmaker',
      of: 'org:cdu',
    });
  });

  it('takes, of two coordinated titles in an apposition, the one its holder follows', () => {
    const a = body('Ulrike Brandt, a lawyer and chairwoman of the Christian Democrats, spoke.');
    expect(a.mentions.find((m) => m.text === 'Ulrike Brandt')?.role).toMatchObject({
      title: 'Chairwoman',
      of: 'org:cdu',
    });
    // With no holder after the second title, the first stays.
    const b = body('Ulrike Brandt, a lawyer and activist, spoke.');
    expect(b.mentions.find((m) => m.text === 'Ulrike Brandt')?.role?.title).toBe('Lawyer');
  });

  it("reads a county named by a given name before its officer's title as the county", () => {
    const a = body('A Rosa Linda County Sheriff’s deputy shot the man.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Location', 'Rosa Linda County']]);
    const b = body('Rosa Linda County Sheriff Kim Stewart said it.');
    expect(b.entities.map((e) => [e.type, e.name])).toEqual([
      ['Location', 'Rosa Linda County'],
      ['Person', 'Kim Stewart'],
    ]);
    // Without a place before it, the title keeps its place word.
    const c = body('County Sheriff Kim Stewart said it.');
    expect(c.mentions.find((m) => m.text === 'Kim Stewart')?.role?.title).toBe('County Sheriff');
  });

  it('makes no person of a body\'s head word a title owns ("the Coroner\'s Office said")', () => {
    expect(body('The Coroner’s Office said the cause was unknown.').entities).toEqual([]);
    // A surname after a possessive is still a speaker.
    expect(body('The band’s Haller said the tour was over.').ids).toContain('person:haller');
  });

  it('joins a surname, an honorific form and a possessive to the full name seen earlier', () => {
    const a = body('Alan Pembrook arrived. Mr Pembrook spoke. Pembrook’s plan failed.');
    expect(a.entities.filter((e) => e.type === 'Person')).toHaveLength(1);
    expect(a.byId('person:alan-pembrook')?.mentions).toHaveLength(3);
  });

  it('joins a surname seen before the full name', () => {
    const a = analyze('Pembrook backs tariff plan\n\nForeign Secretary Alan Pembrook backed it.');
    expect(a.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([
      'Alan Pembrook',
    ]);
  });

  it('names a person by the fullest name', () => {
    const a = body('President Kovac spoke. Later Anton Kovac left.');
    expect(a.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([
      'Anton Kovac',
    ]);
  });

  it('resolves "the U.S. president" to the one president of that state', () => {
    const a = body('U.S. President Joseph Biden met allies. The U.S. president said no.');
    expect(a.byId('person:joseph-biden')?.mentions).toHaveLength(2);
  });

  it('never makes a person of a capitalised adjective of region, religion or people', () => {
    const a = body(
      'Beijing has criticized Western sanctions. Roman Catholic bishops said the vote was unfair. Sunni clerics condemned it.',
    );
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
    expect(body('Christian Lindner said no.').ids).toEqual(['person:christian-lindner']);
  });

  it('does not make people of capitalised common words or unknown pairs', () => {
    const a = body(
      'Analysts say the Marshall Plan and the Hoa Lo prison matter. Displaced families left.',
    );
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });
});

describe('people: names from other naming traditions', () => {
  it('keeps a hyphenated Korean given name whole', () => {
    const a = body('President Moon Jae-in met leader Kim Jong-un and Senator Park Ji-hoon.');
    expect(a.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toEqual([
      'Moon Jae-in',
      'Kim Jong-un',
      'Park Ji-hoon',
    ]);
  });

  it('keeps a hyphen-suffixed word out of a name', () => {
    const a = body('The Saudi Arabia-led coalition struck again.');
    expect(a.entities.map((e) => e.name)).toEqual(['Saudi Arabia']);
  });

  it('keeps an Arabic article inside a name and joins the bare surname to it', () => {
    const a = body(
      'The army, under Gen Abdel Fattah al-Burhan, held the city. Burhan said nothing.',
    );
    const person = a.byId('person:abdel-fattah-al-burhan');
    expect(person?.mentions.map((m) => m.text)).toEqual(['Abdel Fattah al-Burhan', 'Burhan']);
  });

  it('reads a rank written without a dot as a title', () => {
    const a = body('Troops loyal to Lt Col Sami Wardak left.');
    expect(a.mentions.find((m) => m.text === 'Sami Wardak')?.role).toMatchObject({
      title: 'Lieutenant Colonel',
    });
  });

  it('takes a title or its plural with no name for no one', () => {
    const a = analyze('The Labour MP said the vote was close. Several MEPs agreed with her.', {
      headline: false,
    });
    expect(a.entities.map((e) => e.id)).toEqual(['org:labour-party-uk']);
  });

  it('keeps a month that is a surname after a given name, not a weekday or a date', () => {
    const names = (text: string): string[] =>
      analyze(text, { headline: false }).entities.map((e) => e.name);
    expect(names('Home Secretary Theresa May spoke to reporters.')).toEqual(['Theresa May']);
    expect(names('Senator John Kerry Monday urged a vote.')).toEqual(['John Kerry']);
    expect(names('Senator John Kerry May 4 urged a vote.')).toEqual(['John Kerry']);
  });

  it('keeps a given name that is also a month\'s short form ("Jan"), not a date', () => {
    const names = (text: string): string[] =>
      analyze(text, { headline: false }).entities.map((e) => e.name);
    expect(names('Jan Mirowski criticised the plan.')).toEqual(['Jan Mirowski']);
    expect(names('Yesterday Jan Mirowski criticised the plan.')).toEqual(['Jan Mirowski']);
    expect(names('On Jan 5 Mirowski criticised the plan.')).toEqual(['Mirowski']);
  });

  it('keeps the particles of a surname ("von der", "van den") inside the name', () => {
    const names = analyze('Minister Ursula von der Leyen met economist Pieter van den Berg.', {
      headline: false,
    }).entities.map((e) => e.name);
    expect(names).toEqual(['Ursula von der Leyen', 'Pieter van den Berg']);
  });

  it('reads a lone name before a lower-case "administration" or "presidency" as its leader', () => {
    const a = body(
      'Crowds gathered. The Dalen administration refused, and aides said the Korvo presidency ended.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Person', 'Dalen'],
      ['Person', 'Korvo'],
    ]);
    // Capitalised, the noun is part of an organization's name, not a leader's government.
    expect(body('Crowds gathered. The Dalen Administration refused.').ids).not.toContain(
      'person:dalen',
    );
  });
});
