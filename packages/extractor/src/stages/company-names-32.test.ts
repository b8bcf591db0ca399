import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

const typed = (text: string, type: string): string[] =>
  found(text)
    .filter(([t]) => t === type)
    .map(([, name]) => name);

describe('company names: legal suffixes, ordinals and ampersands', () => {
  it('splits two companies joined by "and" after a legal suffix', () => {
    expect(
      typed(
        'Rivals include Harlow Systems Inc. and Vandermeer Corp., analysts said.',
        'Organization',
      ),
    ).toEqual(['Harlow Systems Inc.', 'Vandermeer Corp.']);
    expect(
      typed('Kessler Holdings AG and Brandt Group said they would merge.', 'Organization'),
    ).toEqual(['Kessler Holdings AG', 'Brandt Group']);
    expect(
      typed(
        'The bid helps it compete with Orvik Controls Inc and Brandt Corp, he said.',
        'Organization',
      ),
    ).toEqual(['Orvik Controls Inc', 'Brandt Corp']);
  });

  it('keeps one name where "and" joins the words of a body', () => {
    expect(typed('The Peace and Security Council met on Monday.', 'Organization')).toEqual([
      'Peace and Security Council',
    ]);
  });

  it('keeps an ordinal that opens a company name ending in a legal suffix', () => {
    expect(typed('First Albany Corp. said profits rose.', 'Organization')).toEqual([
      'First Albany Corp.',
    ]);
    expect(
      typed('Profits rose at First Brenton Bank Inc., the bank said.', 'Organization'),
    ).toEqual(['First Brenton Bank Inc.']);
  });

  it('reads names joined by "&" as one firm', () => {
    expect(typed('Family-controlled Douglas & Lomason makes car seats.', 'Organization')).toEqual([
      'Douglas & Lomason',
    ]);
    expect(typed('Analysts at Edward D. Jones & Co said sales rose.', 'Organization')).toEqual([
      'Edward D. Jones & Co',
    ]);
  });

  it('keeps two people or two places joined by "&" apart', () => {
    expect(typed('Ana Ruiz & Tom Lind sang at the concert.', 'Person')).toEqual([
      'Ana Ruiz',
      'Tom Lind',
    ]);
    expect(typed('Trade between France & Germany grew.', 'Organization')).toEqual([]);
    expect(typed('Leeds & Hull drew on Saturday.', 'Organization')).toEqual([]);
  });

  it('trims a common word opening the sentence before a company name', () => {
    expect(typed('Shares of Douglas & Lomason Co rose on Friday.', 'Organization')).toEqual([
      'Douglas & Lomason Co',
    ]);
    expect(typed('Shares on the Dhaka Stock Exchange may remain steady.', 'Organization')).toEqual([
      'Dhaka Stock Exchange',
    ]);
  });

  it('leaves a body named "Friends of ..." whole', () => {
    expect(found('Friends of the Earth said the plan was bad.').map(([, n]) => n)).toEqual([
      'Friends of the Earth',
    ]);
  });
});

describe('outlets named like a calendar word', () => {
  it('reads a weekday abbreviation before a body noun as the outlet', () => {
    expect(
      typed(
        "Frank Bruno has quit the ring, Britain's Sun newspaper reported on Friday.",
        'Organization',
      ),
    ).toEqual(['Sun']);
  });

  it('still reads a weekday abbreviation alone as no name', () => {
    expect(found('The shop opens on Sun and closes on Mon.')).toEqual([]);
  });
});

describe('a company before "of" and its place', () => {
  it('ends the company at its legal suffix and reads the place after "of"', () => {
    expect(found('The Dow Chemical Co of the United States will invest $4 billion.')).toEqual([
      ['Organization', 'Dow Chemical Co'],
      ['State', 'United States'],
    ]);
    expect(found('It bought Harlow Systems Inc of Berlin last year.')).toEqual([
      ['Organization', 'Harlow Systems Inc'],
      ['Location', 'Berlin'],
    ]);
  });

  it('reads "Bros" as a legal suffix, not a surname', () => {
    expect(typed('Jordan said in a statement released by Warner Bros.', 'Organization')).toEqual([
      'Warner Bros',
    ]);
  });

  it('keeps a person before "of" and a body', () => {
    expect(found('Dana Kell of Grace Church spoke on Sunday.')).toEqual([
      ['Person', 'Dana Kell'],
      ['Organization', 'Grace Church'],
    ]);
  });
});

describe('a listed company with its legal suffix', () => {
  it('is the listed company, one entity with its short name', () => {
    const a = analyze('Boeing Co said on Monday it would cut jobs. Boeing shares fell.', {
      headline: false,
    });
    const orgs = a.entities.filter((e) => e.type === 'Organization');
    expect(orgs.map((e) => e.mentions.length)).toEqual([2]);
  });

  it('reads titles joined by "&" as no firm', () => {
    expect(typed('He was named President & CEO of the firm.', 'Organization')).toEqual([]);
  });
});
