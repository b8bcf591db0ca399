import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const orgs = (text: string): Array<[string, string]> =>
  body(text)
    .mentions.filter((m) => m.type === 'Organization')
    .map((m) => [m.text, m.entityId]);

describe('club names with numbers', () => {
  it('keeps a founding year after a name with a club word, and reads the name as a club', () => {
    expect(orgs('The midfielder joined SV Alderbrook 98 on loan last winter.')).toEqual([
      ['SV Alderbrook 98', 'org:sv-alderbrook-98'],
    ]);
    expect(orgs('He played four seasons for TSV 1862 Kessling before retiring.')).toEqual([
      ['TSV 1862 Kessling', 'org:tsv-1862-kessling'],
    ]);
    const club = body('FC Varnholm 07 won again.').entities.find(
      (e) => e.name === 'FC Varnholm 07',
    );
    expect(club?.attributes?.['kind']).toBe('team');
  });

  it("reads a numbered name that ends in a listed club's name as that club", () => {
    expect(orgs('The defender joined TSG 1899 Hoffenheim in May.')).toEqual([
      ['TSG 1899 Hoffenheim', 'org:hoffenheim'],
    ]);
  });

  it('leaves two digits before another name or at a line end to the score', () => {
    const found = orgs('Basketball results:\nSC Alderbrook 85 FC Varnholm 80\n');
    expect(found.map(([text]) => text)).not.toContain('SC Alderbrook 85');
    expect(found.map(([text]) => text)).not.toContain('FC Varnholm 80');
  });

  it('ends a club name at its two-digit year in a fixture list, where the next side follows', () => {
    const found = orgs(
      'Fixtures: Alpha United vs. SV Alderbrook 98 Borough Athletic vs. FC Varnholm 07',
    );
    expect(found.map(([text]) => text)).toEqual(
      expect.arrayContaining(['SV Alderbrook 98', 'FC Varnholm 07']),
    );
  });

  it('keeps no number after a name without a club word', () => {
    expect(orgs('Acme Holdings 98 percent of the shares were sold.').map(([t]) => t)).not.toContain(
      'Acme Holdings 98',
    );
  });

  it('matches a listed club whose dotted number is written with or without its space', () => {
    const id = 'org:fc-koln';
    expect(orgs('The coach left 1.FC Köln in the summer.')).toEqual([['1.FC Köln', id]]);
    expect(orgs('The coach left 1. FC Köln in the summer.').map(([, e]) => e)).toEqual([id]);
    expect(orgs('The striker joined 1.FSV Mainz 05 in May.')).toEqual([
      ['1.FSV Mainz 05', 'org:mainz-05'],
    ]);
  });
});
