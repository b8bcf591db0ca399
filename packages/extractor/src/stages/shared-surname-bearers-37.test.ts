import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// A surname two people of one article share (stop 37): spouses, siblings, father and son,
// written here with invented names.

function graph(text: string): { people: string[]; relations: string[] } {
  const g = extract(`Headline\n\n${text}`, { id: 't' });
  const name = new Map(g.entities.map((e) => [e.id, e.name]));
  return {
    people: g.entities
      .filter((e) => e.type === 'Person')
      .map((e) => `${e.name}:${e.mentions.length}`)
      .sort(),
    relations: g.relations
      .filter((r) => r.type === 'OPPOSES' || r.type === 'SUPPORTS')
      .map((r) => `${name.get(r.source)} ${r.type} ${name.get(r.target)}`),
  };
}

describe('a bare surname two people share', () => {
  it('names the person a relative was introduced beside, not the relative', () => {
    const text = 'Jan Kowal and his wife Ewa Kowal arrived in Warsaw. Kowal criticised Germany.';
    expect(graph(text).relations).toEqual(['Jan Kowal OPPOSES Germany']);
    const apposed =
      'Jan Kowal arrived in Warsaw on Monday. His wife, Ewa Kowal, spoke first. Kowal criticised Germany.';
    expect(graph(apposed).relations).toEqual(['Jan Kowal OPPOSES Germany']);
  });

  it('names the one bearer named in the sentence before', () => {
    const text =
      'Ewa Kowal spoke in Warsaw on Monday. Later, the former mayor Jan Kowal arrived in Gdansk. Kowal criticised Germany.';
    expect(graph(text).relations).toEqual(['Jan Kowal OPPOSES Germany']);
  });

  it('names the bearer named more often, not the one named last', () => {
    const text =
      'Ewa Kowal won the vote on Monday. Ewa Kowal thanked her voters. On Tuesday, her brother Jan Kowal was seen in Gdansk. Officials met in Oslo. Kowal criticised Germany.';
    expect(graph(text).relations).toEqual(['Ewa Kowal OPPOSES Germany']);
  });

  it('leaves a gendered title to decide', () => {
    const text = 'Jan Kowal and his wife Anna Kowal arrived. Mrs. Kowal criticised Germany.';
    expect(graph(text).relations).toEqual(['Anna Kowal OPPOSES Germany']);
  });
});

describe('father and son', () => {
  it('keeps a full name given as a relative apart from the one called by the surname alone', () => {
    const text =
      'President Varga spoke in Vienna. His father, Peter K. Varga, stayed home. Varga criticised Germany.';
    expect(graph(text).people).toEqual(['Peter K. Varga:1', 'Varga:2']);
  });

  it('keeps two names whose middle initials differ apart', () => {
    const text = 'Peter T. Varga met his father, Peter K. Varga, in Vienna.';
    expect(graph(text).people).toEqual(['Peter K. Varga:1', 'Peter T. Varga:1']);
  });

  it('joins a middle initial to the middle name it opens', () => {
    const text = 'Peter Tomas Varga spoke on Monday. Peter T. Varga left on Tuesday.';
    expect(graph(text).people).toEqual(['Peter Tomas Varga:2']);
  });
});
