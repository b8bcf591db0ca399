import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function states(text: string, publishedAt?: string): string[] {
  const doc = extract(text, { id: 't', ...(publishedAt ? { publishedAt } : {}) });
  return doc.entities
    .filter((e) => e.type === 'State')
    .map((e) => `${e.id}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

const TEXT =
  'Arms talks\n\nThe Soviet Union said on Monday that Moscow would stand by its ally Cuba.';

describe('historicSeats', () => {
  it('gives "Moscow" to the Soviet Union in an undated article that names it', () => {
    expect(states(TEXT)).toEqual(['state:SUN: Soviet Union, Moscow', 'state:CUB: Cuba']);
  });

  it('by the date: before the Soviet Union ended, and not after', () => {
    expect(states(TEXT, '1983-05-02')).toContain('state:SUN: Soviet Union, Moscow');
    expect(states(TEXT, '2019-05-02')).toEqual([
      'state:SUN: Soviet Union',
      'state:RUS: Moscow',
      'state:CUB: Cuba',
    ]);
  });

  it('leaves "Moscow" to Russia when the article names Russia by name too, or no old state', () => {
    const both =
      'Arms talks\n\nThe Soviet Union is long gone. Russia said on Monday that Moscow would stand by Cuba.';
    expect(states(both)).toContain('state:RUS: Russia, Moscow');
    expect(states('Arms talks\n\nMoscow said on Monday it would stand by Cuba.')).toContain(
      'state:RUS: Moscow',
    );
  });
});
