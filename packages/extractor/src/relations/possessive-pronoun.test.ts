import { describe, expect, it } from 'vitest';
import { extractRelations } from './index.js';
import { analysisOf, type EntitySpec } from './test-analysis.js';

const person = (id: string, ...names: string[]): EntitySpec => ({
  id: `person:${id}`,
  type: 'Person',
  names,
});
const tomas = person('tomas-ruiz', 'Tomas Ruiz', 'Ruiz');
const pedro = person('pedro-lima', 'Pedro Lima', 'Lima');
const clara = person('clara-mota', 'Clara Mota', 'Mota');
const ana = person('ana-sousa', 'Ana Sousa', 'Sousa');
const daily: EntitySpec = { id: 'org:daily-post', type: 'Organization', names: ['Daily Post'] };
const people = [tomas, pedro, clara, ana, daily];

function stances(text: string): string[] {
  return extractRelations(analysisOf(text, people), {})
    .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`)
    .sort();
}

describe('"his"/"her" before a stance noun', () => {
  it('is the one person before it', () => {
    expect(stances('Tomas Ruiz repeated his criticism of Ana Sousa.')).toEqual([
      'OPPOSES person:tomas-ruiz person:ana-sousa',
    ]);
  });

  it('skips a person the pronoun cannot stand for', () => {
    expect(stances('Clara Mota said Tomas Ruiz repeated his attacks on Ana Sousa.')).toEqual([
      'OPPOSES person:tomas-ruiz person:ana-sousa',
    ]);
  });

  it('is no one for sure when two people fit', () => {
    expect(stances('Tomas Ruiz told Pedro Lima about his support for Ana Sousa.')).toEqual([]);
    expect(
      stances("Tomas Ruiz told the Daily Post's Pedro Lima about his criticism of Ana Sousa."),
    ).toEqual([]);
  });

  it('is the object whose reason "for" gives', () => {
    expect(stances('Clara Mota praised Pedro Lima for his criticism of Ana Sousa.')).toEqual([
      'OPPOSES person:pedro-lima person:ana-sousa',
      'SUPPORTS person:clara-mota person:pedro-lima',
    ]);
  });
});
