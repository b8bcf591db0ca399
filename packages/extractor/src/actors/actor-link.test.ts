import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';
import { actorKey, bundledActors, readActors } from './actor-index.js';
import { articleDate } from './article-date.js';

// Made-up people in a made-up dictionary, so that the tests do not lean on the bundled table.
const DICT = [
  'HENRIK_VOSS_  # CountryInfo.txt',
  '\t[NORGOV 900101-941231]',
  '\t[NORELI]',
  'HENRIK_J._VOSS_  # CountryInfo.txt',
  '\t[NORGOV 050101-081231]',
  '\t[NORELI]',
  'ALMA_RINDAL_  # CountryInfo.txt',
  '\t[SWEGOV 030101-091231]',
].join('\n');
const actors = readActors(DICT, 'test.txt');

function people(text: string, publishedAt?: string) {
  const doc = extract(text, { id: 't', ...(publishedAt ? { publishedAt } : {}) }, { actors });
  return doc.entities.filter((e) => e.type === 'Person');
}

describe('linkActors', () => {
  it('tells namesakes apart by the article date', () => {
    const text =
      'Norway talks\n\nPrime Minister Voss met Swedish officials in Oslo on Monday, Norway said.';
    expect(people(text, '1992-05-01').map((p) => p.id)).toEqual(['person:henrik-voss']);
    expect(people(text, '2006-05-01').map((p) => p.id)).toEqual(['person:henrik-j-voss']);
  });

  it('gives "Ms Rindal" and "Alma Rindal" the same id in different articles', () => {
    const a = people(
      'Trade\n\nAlma Rindal, Sweden’s trade minister, spoke in Stockholm.',
      '2005-01-01',
    );
    const b = people('Trade\n\nMs Rindal said Sweden would wait.', '2005-02-01');
    expect(a[0]?.id).toBe('person:alma-rindal');
    expect(b[0]?.id).toBe('person:alma-rindal');
    expect(b[0]?.name).toBe('Alma Rindal');
  });

  it('links no surname with a title of one gender to a table person of the other', () => {
    const mr = people('Trade\n\nMr Rindal said Sweden would wait.', '2005-02-01');
    expect(mr.map((p) => p.id)).toEqual(['person:rindal']);
    const mrs = people('Norway\n\nMrs. Voss said she would wait.', '1992-05-01');
    expect(mrs.map((p) => p.id)).toEqual(['person:voss']);
  });

  it('still links a surname with a title of the same gender, or none', () => {
    const mr = people('Norway\n\nMr. Voss said he would wait.', '1992-05-01');
    expect(mr.map((p) => p.id)).toEqual(['person:henrik-voss']);
    const bare = people('Trade\n\nRindal said Sweden would wait.', '2005-02-01');
    expect(bare.map((p) => p.id)).toEqual(['person:alma-rindal']);
  });

  it('gives a titled person without a state LEADS of the state the dated role names', () => {
    const doc = extract(
      'Norway budget\n\nPrime Minister Henrik Voss said on Monday that Norway would cut taxes.',
      { id: 't', publishedAt: '1993-03-01' },
      { actors },
    );
    const leads = doc.relations.filter((r) => r.type === 'LEADS');
    expect(leads.map((r) => [r.source, r.target])).toContainEqual([
      'person:henrik-voss',
      'state:NOR',
    ]);
  });

  it("lets the table's state win over a headline state the text does not give the title", () => {
    const doc = extract(
      'Sweden\n\nPrime Minister Henrik Voss said on Monday that Norway would cut taxes.',
      { id: 't', publishedAt: '1993-03-01' },
      { actors },
    );
    const leads = doc.relations.filter((r) => r.type === 'LEADS');
    expect(leads.map((r) => [r.source, r.target])).toEqual([['person:henrik-voss', 'state:NOR']]);
  });

  it('mints no person from two names joined by a preposition', () => {
    const text = 'Inquiry\n\nAn aide testified to Senator Pell on Harlow Briggs and his calls.';
    expect(
      people(text)
        .map((p) => p.name)
        .some((n) => / on /.test(n)),
    ).toBe(false);
  });
});

describe('articleDate', () => {
  it('reads publishedAt, else a date in the first lines', () => {
    expect(articleDate('x', '2004-11-02T10:00:00Z')).toBe(20041102);
    expect(articleDate('OSLO, 3 March 1991 - Talks began.', undefined)).toBe(19910303);
    expect(articleDate('Posted March 3, 1991. Talks began.', undefined)).toBe(19910303);
    expect(articleDate('Talks began.', undefined)).toBeUndefined();
  });
});

describe('bundledActors', () => {
  it('loads the shipped table once', () => {
    expect(bundledActors()).toBe(bundledActors());
    expect(bundledActors().size).toBeGreaterThan(15000);
    expect(bundledActors().byName.get(actorKey('Kofi Annan'))?.[0]?.type).toBe('Person');
  });
});

describe('linkActors: a middle name left out', () => {
  it('reads "Henrik Voss" in 2006 as the Henrik J. Voss then in office', () => {
    const text = 'Norway talks\n\nPrime Minister Henrik Voss met Swedish officials, Norway said.';
    expect(people(text, '2006-05-01').map((p) => p.id)).toEqual(['person:henrik-j-voss']);
    expect(people(text, '1992-05-01').map((p) => p.id)).toEqual(['person:henrik-voss']);
  });

  it('does not read a name with other middle initials as the one then in office', () => {
    const text = 'Norway talks\n\nHenrik K.L. Voss met Swedish officials, Norway said.';
    expect(people(text, '2006-05-01').map((p) => p.id)).toEqual(['person:henrik-k-l-voss']);
  });
});

describe('linkActors: namesakes in office together', () => {
  // Two made-up namesakes: one in government, the other only listed among the elite.
  const dahls = readActors(
    [
      'ERIK_DAHL_  # CountryInfo.txt',
      '\t[NORGOV 900101-941231]',
      'ERIK_B._DAHL_  # CountryInfo.txt',
      '\t[NORELI 700101-991231]',
      '\t[NORGOV 020101-061231]',
    ].join('\n'),
    'dahls.txt',
  );
  const ids = (date: string): string[] =>
    extract(
      'Oslo\n\nPrime Minister Dahl said Norway would wait.',
      { id: 't', publishedAt: date },
      {
        actors: dahls,
      },
    )
      .entities.filter((e) => e.type === 'Person')
      .map((e) => e.id);

  it('reads a surname as the namesake who holds a post on the date, not one of the elite', () => {
    expect(ids('1992-05-01')).toEqual(['person:erik-dahl']);
    expect(ids('2004-05-01')).toEqual(['person:erik-b-dahl']);
  });
});

describe('linkActors: spelling variants', () => {
  it('joins a transliteration variant of the first name to the table person', () => {
    const text = 'Trade\n\nAlmah Rindal, the Swedish minister, spoke in Stockholm.';
    expect(people(text, '2005-01-01')[0]?.id).toBe('person:alma-rindal');
  });
  it('leaves a different first name alone', () => {
    const text = 'Trade\n\nOla Rindal, a Swedish farmer, spoke in Stockholm.';
    expect(people(text, '2005-01-01')[0]?.id).toBe('person:ola-rindal');
  });
});

describe('roles against the table', () => {
  const leads = (text: string): string[] =>
    extract(text, { id: 't', publishedAt: '2005-01-01' }, { actors })
      .relations.filter((r) => r.type === 'LEADS' && r.source === 'person:alma-rindal')
      .map((r) => r.target);

  it('a state read across a coordination yields to the one state of all her roles', () => {
    const text = 'Summit\n\nNorway and Prime Minister Alma Rindal of Sweden met in Oslo.';
    expect(leads(text)).not.toContain('state:NOR');
  });

  it('a head of any body ("floor leader") heads no state the table places her in', () => {
    const text = 'Budget\n\nParliamentary floor leader Alma Rindal said Sweden would wait.';
    expect(leads(text)).toEqual([]);
  });

  it("a state right before the title is the text's own word", () => {
    const text = 'Summit\n\nNorwegian Prime Minister Alma Rindal met Sweden in Oslo.';
    expect(leads(text)).toEqual(['state:NOR']);
  });
});
