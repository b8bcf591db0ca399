import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('nameMediaOutlets', () => {
  it('takes a name after a noun for a newspaper as the newspaper, not a person', () => {
    expect(found('The Tunisian paper Al Sabah ran a cartoon on Friday.')).toEqual([
      ['State', 'Tunisia'],
      ['Organization', 'Al Sabah'],
    ]);
  });

  it('takes a quoted one-word name after a noun for a broadcaster as the broadcaster', () => {
    expect(found('The mayor told the TV station "Kanalo" that he would stay.')).toEqual([
      ['Organization', 'Kanalo'],
    ]);
  });

  it('takes a name after "the label" or "the band" as the label or band', () => {
    expect(found('Tom Frey founded the label Jon Brack back in 1987.')).toContainEqual([
      'Organization',
      'Jon Brack',
    ]);
    expect(found("Armenia's band Lurvika found favor with the jury.")).toContainEqual([
      'Organization',
      'Lurvika',
    ]);
  });

  it('leaves a person whose role the text gives alone', () => {
    expect(found('The paper quoted Mayor Ana Ruiz on Friday.')).toEqual([['Person', 'Ana Ruiz']]);
  });
});
