import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';
import { body } from './test-helpers.js';

describe('locations, groups and events', () => {
  it('finds listed cities, regions and seas as locations', () => {
    const a = body('Ships crossed the South China Sea near Mosul and Brussels in Eastern Europe.');
    expect(a.entities.filter((e) => e.type === 'Location').map((e) => e.name)).toEqual(
      expect.arrayContaining(['South China Sea', 'Brussels', 'Eastern Europe']),
    );
    expect(a.ids).not.toContain('state:CHN');
  });

  it('makes no group of a relational noun such as allies', () => {
    const a = body('Britain and France, Washington’s main European allies, sent jets.');
    expect(a.entities.filter((e) => e.type === 'Group')).toEqual([]);
    expect(body('Polls show the European public is divided.').ids).toEqual([
      'group:european-public',
    ]);
  });

  it('finds unnamed collective actors and joins nations with countries', () => {
    const a = body(
      'European nations objected. Arab states agreed. Other European countries waited.',
    );
    expect(a.entities.filter((e) => e.type === 'Group').map((e) => e.id)).toEqual([
      'group:european-nations',
      'group:arab-nations',
    ]);
  });

  it('names events by their head word', () => {
    expect(body('He served in the Vietnam War.').ids).toEqual(['event:vietnam-war']);
  });

  it('reads a dateline city in capitals and the agency after it', () => {
    const a = analyze('Headline here\n\nHANOI, Vietnam (AP) — Officials met.');
    expect(a.entities.map((e) => e.id)).toEqual(['loc:hanoi', 'state:VNM', 'org:associated-press']);
  });

  it('never makes entities of common nouns, weekdays or months', () => {
    expect(body('Officials and diplomats met on Monday in May with the people.').entities).toEqual(
      [],
    );
  });
});

describe('places: context rules', () => {
  it('reads an unknown name after "in" or "at" as a place', () => {
    const a = body('The final was played at Kelvinbrae on Sunday.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Location', 'Kelvinbrae']]);
  });

  it('prefers a company the name starts, over the place reading', () => {
    const a = body('Vollmer Stahl AG posted a profit. Shares in Vollmer rose.');
    expect(a.entities.map((e) => [e.type, e.name])).toEqual([['Organization', 'Vollmer Stahl AG']]);
  });

  it('finds a name written in capitals inside ordinary text', () => {
    const a = body('GERMANY - Bunds fell on Friday. Traders in NEW YORK were quiet.');
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Germany', 'New York']));
  });

  it('keeps the state that leads a holiday or law name', () => {
    const a = body('Trade was thin before the U.S. Labor Day holiday.');
    expect(a.ids).toEqual(['state:USA']);
  });
});
