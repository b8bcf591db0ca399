import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const mentionTexts = (text: string, id: string): string[] =>
  body(text)
    .mentions.filter((m) => m.entityId === id)
    .map((m) => m.text);

describe('acronyms an article defines', () => {
  it('joins an acronym defined after a quoted name, and its later uses, to that organization', () => {
    const text =
      'Fighters of the so-called "Islamic State" (IS) held the valley for a year. Later IS commanders fled north.';
    expect(mentionTexts(text, 'org:islamic-state')).toEqual(['Islamic State', 'IS', 'IS']);
  });

  it('reads a defined acronym spelt like a function word as the organization, not as "is"', () => {
    const a = body(
      'The Harbour Workers Association (IS) called a strike. By noon IS pickets blocked the gates.',
    );
    const org = a.entities.find((e) => e.name === 'Harbour Workers Association');
    expect(org?.mentions.map((m) => m.text)).toEqual(['Harbour Workers Association', 'IS', 'IS']);
  });

  it('leaves a capitalised "Is" that starts a question alone', () => {
    const a = body('The Harbour Workers Association (HWA) called a strike. Is it over?');
    expect(a.entities.map((e) => e.name)).toEqual(['Harbour Workers Association']);
  });
});

describe('listed names that start in lower case', () => {
  it('finds a news agency written in lower case', () => {
    const text = 'A spokesman told dpa on Sunday that the talks had failed.';
    expect(mentionTexts(text, 'org:dpa')).toEqual(['dpa']);
  });

  it('finds a group whose name opens with a lower-case article', () => {
    expect(body('Leaders of al Qaeda urged new attacks.').ids).toContain('org:al-qaeda');
  });

  it('does not read an ordinary lower-case word as a name', () => {
    expect(body('The agency said the data were incomplete.').ids).toEqual([]);
  });
});

describe('party families', () => {
  it('reads "Social Democrats" as Germany’s party in a German story', () => {
    const a = body('In Germany, the Social Democrats rejected the budget.');
    expect(a.byId('org:spd')?.mentions.map((m) => m.text)).toEqual(['Social Democrats']);
  });

  it('elsewhere names the party family, with its acronym, as one party of no country', () => {
    const a = body(
      'In Moldova the Social Democratic Party (PSDM) walked out. Later the PSDM and the Social Democrats voted no.',
    );
    const party = a.byId('org:social-democratic-party');
    expect(party?.name).toBe('Social Democratic Party');
    expect(party?.mentions.map((m) => m.text)).toEqual([
      'Social Democratic Party',
      'PSDM',
      'PSDM',
      'Social Democrats',
    ]);
    expect(a.ids).not.toContain('org:spd');
  });
});

describe("a state's own bodies", () => {
  const orgs = (text: string): Array<[string, string[]]> =>
    body(text)
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => [e.name, e.mentions.map((m) => m.text)]);

  it('keeps the state out of the mention of its ministry, and in the name', () => {
    expect(
      orgs(
        'A spokesman for the Dutch foreign ministry said on Friday that the talks would resume.',
      ),
    ).toEqual([['Dutch foreign ministry', ['foreign ministry']]]);
  });

  it('makes one organization of a capitalised ministry after a demonym', () => {
    expect(
      orgs('The Chilean Foreign Ministry said on Friday that it had summoned the ambassador.'),
    ).toHaveLength(1);
  });

  it("names a generic party after its state and mentions it without the state's adjective", () => {
    const a = body(
      'Leaders of the Danish Green Party said on Monday that they would leave the coalition.',
    );
    expect(a.byId('org:green-party-of-denmark')?.mentions.map((m) => m.text)).toEqual([
      'Green Party',
    ]);
    expect(a.byId('state:DNK')?.mentions.map((m) => m.text)).toEqual(['Danish']);
  });
});

describe('people of a body opening a sentence', () => {
  it('leaves "Members of" out of the organization named after it', () => {
    const names = body('Members of the Vale Farmers Union voted against the deal on Sunday.')
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => e.name);
    expect(names).toEqual(['Vale Farmers Union']);
  });
});

describe('names inside longer names', () => {
  it('reads a demonym inside an organization’s proper name as no mention of the state', () => {
    const a = body(
      'The Maltese Observatory for Press Freedom said on Friday that two reporters had been held.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Maltese Observatory for Press Freedom'],
    ]);
  });

  it('reads a tournament named "... Open" as an event, not its state', () => {
    const a = body('She reached the final of the Danish Open on Sunday after a long match.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Event', 'Danish Open']]);
  });

  it('reads a name ending in "International" as one organization', () => {
    const a = body('The report was broadcast by Radio Dunmore International on Friday.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Radio Dunmore International'],
    ]);
  });

  it('reads "Tour de France" as an event and no mention of France', () => {
    const a = body('He rode the Tour de France twice before he retired to a farm.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Event', 'Tour de France']]);
  });

  it("does not give one state's listed body to another state named before it", () => {
    const a = body(
      'A note from the Austrian Foreign Office said on Friday that the road was unsafe.',
    );
    expect(a.ids).not.toContain('org:uk-foreign-office');
    expect(a.ids).toContain('state:AUT');
  });
});

describe('demonyms that name languages', () => {
  const states = (text: string): string[] =>
    body(text)
      .mentions.filter((m) => m.entityId.startsWith('state:'))
      .map((m) => m.text);

  it('reads a demonym after a language verb or before a language noun as no mention of its state', () => {
    expect(
      states('She has studied Dutch for years, and her Dutch lessons start at eight.'),
    ).toEqual([]);
    expect(states('The Portuguese-language weekly printed the letter in Portuguese.')).toEqual([]);
  });

  it('keeps a demonym that modifies another noun, or acts, as its state', () => {
    expect(states('He spoke in Dutch politics for years before Dutch troops left.')).toEqual([
      'Dutch',
      'Dutch',
    ]);
  });
});

describe('short forms of a longer name', () => {
  const orgs = (text: string): Array<[string, number]> =>
    body(text)
      .entities.filter((e) => e.type === 'Organization')
      .map((e) => [e.name, e.mentions.length]);

  it('joins a later short form to the one longer name it ends', () => {
    expect(
      orgs(
        'The Federal Weather Office said on Monday that storms were coming. The Weather Office later said that they had passed.',
      ),
    ).toEqual([['Federal Weather Office', 2]]);
  });

  it('joins a generic body to the one state-named body it starts', () => {
    expect(
      orgs(
        "Observers said Laos's Communist Party met on Friday. The Communist Party said that it would act.",
      ),
    ).toEqual([['Communist Party of Laos', 2]]);
  });

  it('leaves a short form alone when two longer names could be meant', () => {
    expect(
      orgs(
        "Laos's Communist Party and Vietnam's Communist Party met on Friday. The Communist Party said that it would act.",
      ),
    ).toHaveLength(3);
  });
});

describe('an organization before a title and name', () => {
  it('splits the organization from the titled person after it', () => {
    const a = body(
      'On Monday, Bank of Ruritania Governor Anna Brell said that rates would stay low.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Bank of Ruritania'],
      ['Person', 'Anna Brell'],
    ]);
  });

  it('leaves a portfolio before a title to the title', () => {
    const a = body('EU Energy Commissioner Anna Brell said on Monday that prices would fall.');
    expect(a.entities.map((e) => e.name)).not.toContain('EU Energy');
  });
});

describe('media nouns before a name', () => {
  it('reads a name after "paper" or "tabloid" as the organization', () => {
    const a = body(
      'The regional paper Nova Vrata printed it first, and the tabloid Blic followed.',
    );
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([
      ['Organization', 'Nova Vrata'],
      ['Organization', 'Blic'],
    ]);
  });
});
