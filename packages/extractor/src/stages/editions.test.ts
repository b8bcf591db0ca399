import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('retypeEditions', () => {
  it('takes a numbered meeting of a body for an event', () => {
    expect(found('Dentists gathered for the 42nd Annual Congress of Rural Dentists.')).toEqual([
      ['Event', 'Annual Congress of Rural Dentists'],
    ]);
  });

  it('takes a meeting on a topic for an event', () => {
    expect(found('Donors met at the Bergen Pledging Conference on Coastal Fisheries.')).toEqual([
      ['Event', 'Bergen Pledging Conference on Coastal Fisheries'],
    ]);
  });

  it('takes a meeting dated by its year for an event', () => {
    expect(found('Experts spoke at the Varna Media Forum 2019 in May.')).toContainEqual([
      'Event',
      'Varna Media Forum',
    ]);
  });

  it('leaves a body whose name ends in such a word alone', () => {
    expect(found('The Varnian Policy Forum said on Friday it opposed the 2019 plan.')).toEqual([
      ['Organization', 'Varnian Policy Forum'],
    ]);
  });
});
