import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('titles of local offices (lexicon titles)', () => {
  it('leaves a sheriff or councillor title out of the person it introduces', () => {
    // The county before the title is a place of its own.
    expect(found('Pima County Sheriff Dale Hobart said the jail was full.')).toEqual([
      ['Location', 'Pima County'],
      ['Person', 'Dale Hobart'],
    ]);
    expect(found('Sheriff Hobart said the jail was full.')).toEqual([['Person', 'Hobart']]);
    expect(found('Councillor Mary Hale voted against the plan.')).toEqual([
      ['Person', 'Mary Hale'],
    ]);
  });

  it('keeps a surname that looks like a title inside a person’s name', () => {
    expect(found('The painter John Constable sold few works.')).toEqual([
      ['Person', 'John Constable'],
    ]);
  });
});
