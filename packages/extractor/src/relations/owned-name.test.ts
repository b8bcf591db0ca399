import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function stances(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.source} ${r.type} ${r.target}`)
    .sort();
}

describe('ownsUnknownName: a state only owns the name that acts', () => {
  it('gives the state no stance when its possessive owns an unknown name', () => {
    expect(stances("Norway's Vellatek has sued China over cheap panels.")).toEqual([]);
    expect(
      stances("Three makers, including Spain's Solvenda, filed a complaint against China."),
    ).toEqual([]);
  });

  it('keeps the state when a body that acts for it follows', () => {
    expect(stances("Norway's Foreign Ministry criticised China.")).toEqual([
      'state:NOR OPPOSES state:CHN',
    ]);
    expect(stances("Norway's government criticised China.")).toEqual([
      'state:NOR OPPOSES state:CHN',
    ]);
  });

  it('keeps a known actor the possessive owns', () => {
    expect(stances("Russia's Gazprom criticised Ukraine.")).toEqual([
      'org:gazprom OPPOSES state:UKR',
    ]);
  });
});
