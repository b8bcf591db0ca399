import { describe, expect, it } from 'vitest';
import { structural } from './test-roles.js';
import { extract } from '../pipeline.js';

describe('copularAs: "X serves as / took over as TITLE of Y"', () => {
  it('reads "serves as chairwoman of Y" like "is chairwoman of Y"', () => {
    expect(structural('Hanna Berg serves as chairwoman of Siemens.')).toContain(
      'person:hanna-berg LEADS org:siemens',
    );
  });

  it('reads "took over as head of Y"', () => {
    expect(structural('Hanna Berg took over as head of Amnesty International in May.')).toContain(
      'person:hanna-berg LEADS org:amnesty-international',
    );
  });

  it('gives nothing for "resigned as", which says what X no longer is', () => {
    expect(structural('Hanna Berg resigned as chairwoman of Siemens on Tuesday.')).toEqual([]);
  });
});

describe('appointedAs', () => {
  it('makes the object of "elected X as president of Y" the one who leads Y', () => {
    expect(
      structural('The board elected Hanna Berg as president of the European Investment Bank.'),
    ).toContain('person:hanna-berg LEADS org:eib');
  });

  it('reads "appointed X as the new head of Y"', () => {
    expect(
      structural('The trustees appointed Hanna Berg as the new head of Amnesty International.'),
    ).toContain('person:hanna-berg LEADS org:amnesty-international');
  });

  it('gives nothing after a modal or an infinitive: no appointment has happened', () => {
    expect(
      structural('The board may elect Hanna Berg as president of the European Investment Bank.'),
    ).toEqual([]);
    expect(
      structural(
        'The board plans to elect Hanna Berg as president of the European Investment Bank.',
      ),
    ).toEqual([]);
  });
});

describe('PM', () => {
  it('reads "Britain\'s PM X" as the prime minister who leads Britain', () => {
    const doc = extract("Headline\n\nBritain's PM Alan Forsyth condemned the attack on Monday.", {
      id: 't',
    });
    const leads = doc.relations.filter((r) => r.type === 'LEADS');
    expect(leads.map((r) => [r.source, r.target, r.properties['role']])).toEqual([
      ['person:alan-forsyth', 'state:GBR', 'Prime Minister'],
    ]);
  });

  it('gives nothing for a clock time', () => {
    expect(structural('The talks in Brussels ended at 5 PM on Friday.')).toEqual([]);
  });
});
