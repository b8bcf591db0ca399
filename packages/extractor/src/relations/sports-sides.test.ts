import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { extractRelations } from './index.js';

function stances(text: string): string[] {
  return extractRelations(analyze(text, { headline: false }), {})
    .filter((r) => ['OPPOSES', 'SUPPORTS', 'ALLIED_WITH'].includes(r.type))
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

describe('stance between sports sides', () => {
  it('reads no opposition into a result between two national sides', () => {
    const text =
      'Soccer: Chile beat Peru 3-1 in a World Cup qualifier on Tuesday, the striker scoring twice after the break.';
    expect(stances(text)).toEqual([]);
  });

  it('reads no opposition into a result between two clubs', () => {
    expect(stances('Real Madrid beat Atletico Madrid 2-1 in the league on Sunday.')).toEqual([]);
  });

  it('still reads a state criticising a state', () => {
    expect(stances('Brazil criticised Chile over the border closure.')).toEqual([
      'OPPOSES state:BRA state:CHL',
    ]);
  });

  it('still reads a governing body criticising a club or another body', () => {
    expect(
      stances('The German Football Association criticised Bayern Munich for the delay.'),
    ).toEqual(['OPPOSES org:dfb org:bayern-munich']);
    expect(stances('UEFA criticised FIFA over the new calendar.')).toEqual([
      'OPPOSES org:uefa org:fifa',
    ]);
  });
});
