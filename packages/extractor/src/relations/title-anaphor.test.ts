import { describe, expect, it } from 'vitest';
import { readActors } from '../actors/actor-index.js';
import { extract } from '../pipeline.js';

// Made-up people, so that the tests do not lean on the bundled table.
const actors = readActors(
  [
    'HENRIK_VOSS_  # CountryInfo.txt',
    '\t[NORGOV 900101-941231]',
    '\t[NORELI]',
    'ALMA_RINDAL_  # CountryInfo.txt',
    '\t[SWEGOV 030101-091231]',
    '\t[SWEELI]',
    'LARS_MIKKELSEN_  # CountryInfo.txt',
    '\t[NORGOV 920101-961231]',
  ].join('\n'),
  'test.txt',
);

function leads(text: string, publishedAt?: string): string[] {
  const meta = { id: 't', ...(publishedAt ? { publishedAt } : {}) };
  return extract(`Headline\n\n${text}`, meta, { actors })
    .relations.filter((r) => r.type === 'LEADS')
    .map((r) => `${r.source} ${r.target}`);
}

describe('a head\'s title without a name ("the prime minister said")', () => {
  it('stands for the one person the table puts in the government of a state the article names', () => {
    const text = 'Henrik Voss flew to Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(text, '1991-05-01')).toEqual(['person:henrik-voss state:NOR']);
  });

  it('reads the state the phrase names ("Sweden\'s prime minister")', () => {
    const text =
      "Alma Rindal met Henrik Voss in Oslo. Sweden's prime minister said Norway was wrong.";
    expect(leads(text, '2005-05-01')).toEqual(['person:alma-rindal state:SWE']);
  });

  it('uses any government role of the table when the article has no date', () => {
    const text = 'Henrik Voss flew to Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(text)).toEqual(['person:henrik-voss state:NOR']);
  });

  it('gives nothing when two people fit, or the one who fits is out of office on the date', () => {
    const two =
      'Henrik Voss met Lars Mikkelsen in Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(two, '1993-05-01')).toEqual([]);
    const out = 'Henrik Voss flew to Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(out, '2001-05-01')).toEqual([]);
  });

  it('leaves out people the article titles otherwise, and titles of other bodies', () => {
    const titled =
      'Henrik Voss met Finance Minister Lars Mikkelsen. The prime minister said Norway would cut taxes.';
    expect(leads(titled, '1993-05-01')).toEqual(['person:henrik-voss state:NOR']);
    const company = 'Henrik Voss flew to Oslo. The company president said Norway would cut taxes.';
    expect(leads(company, '1991-05-01')).toEqual([]);
  });

  it('leaves out a person the article calls a candidate, front-runner or nominee', () => {
    const before =
      'Labour front-runner Henrik Voss flew to Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(before)).toEqual([]);
    const after =
      'Henrik Voss, the Labour nominee, flew to Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(after)).toEqual([]);
    const plain =
      'Henrik Voss, the Labour veteran, flew to Oslo. The prime minister said Norway would cut taxes.';
    expect(leads(plain)).toEqual(['person:henrik-voss state:NOR']);
  });
});

describe('administrations', () => {
  it('reads "the administration of X" as X leading the state the table puts him in', () => {
    const text = 'The administration of Henrik Voss said Norway would cut taxes.';
    expect(leads(text, '1991-05-01')).toEqual(['person:henrik-voss state:NOR']);
  });

  it('gives nothing for a former administration or one the table does not place', () => {
    const former = 'The former administration of Henrik Voss said Norway would cut taxes.';
    expect(leads(former, '1991-05-01')).toEqual([]);
    const unknown = 'The administration of Petter Lund said Norway would cut taxes.';
    expect(leads(unknown, '1991-05-01')).toEqual([]);
  });
});
