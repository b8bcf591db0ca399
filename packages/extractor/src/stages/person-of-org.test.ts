import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): string[][] => body(text).entities.map((e) => [e.type, e.name]);

describe('"Name of Organization"', () => {
  it('splits a person from the body named after "of"', () => {
    const t = 'One organizer, Corwin Hale of Cedar Hill Community Church, said turnout was strong.';
    expect(typed(t)).toEqual([
      ['Person', 'Corwin Hale'],
      ['Organization', 'Cedar Hill Community Church'],
    ]);
  });

  it('splits when the given name is a rarer one and the body is a company', () => {
    const t = 'Analysts like Darrel Fenwick of Oxtail Shipping Company expect losses.';
    expect(typed(t)).toEqual([
      ['Person', 'Darrel Fenwick'],
      ['Organization', 'Oxtail Shipping Company'],
    ]);
  });

  it('splits a person whose title opens the name from the body after "of the"', () => {
    const t = 'Justice Corwin Hale of the Supreme Court dissented on Monday.';
    expect(typed(t)).toEqual([
      ['Person', 'Corwin Hale'],
      ['Organization', 'Supreme Court'],
    ]);
  });

  it('ends a person before "of" and a town, where the person is from', () => {
    const t = '"We are tired of waiting," said Corwin Hale of Denver, a retired teacher.';
    expect(typed(t).filter(([type]) => type === 'Person')).toEqual([['Person', 'Corwin Hale']]);
  });

  it('keeps organizations whose own name holds "of"', () => {
    expect(typed('The Bank of Quarry Street Holdings said profits rose.')).toEqual([
      ['Organization', 'Bank of Quarry Street Holdings'],
    ]);
  });

  it('splits a person from an unlisted, headless body after "of the"', () => {
    const t =
      'Crowds gathered. Karl Weber of the Lindenhof said no, and Anna Roth of the US spoke.';
    expect(typed(t)).toEqual([
      ['Person', 'Karl Weber'],
      ['Organization', 'Lindenhof'],
      ['Person', 'Anna Roth'],
      ['State', 'United States'],
    ]);
  });
});
