import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('nameFirmPartners', () => {
  it('reads surnames in a comma list ending in an ampersand name as one firm', () => {
    expect(found('The biggest holder is Ruane, Cunniff & Goldfarb, a fund in New York.')).toEqual([
      ['Organization', 'Ruane, Cunniff & Goldfarb'],
      ['Location', 'New York'],
    ]);
    expect(found('The bank hired Skadden, Arps, Slate & Meagher to defend it.')).toEqual([
      ['Organization', 'Skadden, Arps, Slate & Meagher'],
    ]);
  });

  it('keeps the members of a list of listed names apart', () => {
    expect(found('Ministers from France, Germany & Italy met on Monday.')).toEqual([
      ['State', 'France'],
      ['State', 'Germany'],
      ['State', 'Italy'],
    ]);
  });

  it('keeps a person named before an ampersand firm in a list of other things', () => {
    expect(
      found('The panel heard Angela Merkel, Texaco, Cunniff & Goldfarb on Monday.'),
    ).toContainEqual(['Person', 'Angela Merkel']);
  });

  it('reads the firm’s first two partners later in the article as its short name', () => {
    const text =
      'The biggest holder is Ruane, Cunniff & Goldfarb. Ruane, Cunniff raised its stake.';
    const mentions = analyze(text, { headline: false }).mentions.map((m) => [m.type, m.text]);
    expect(mentions).toEqual([
      ['Organization', 'Ruane, Cunniff & Goldfarb'],
      ['Organization', 'Ruane, Cunniff'],
    ]);
  });
});
