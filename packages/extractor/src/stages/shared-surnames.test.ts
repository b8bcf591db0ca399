import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// "Ed and David Miliband": a lone given name before "and" and a full name (stop 37), written here.

function people(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .entities.filter((e) => e.type === 'Person')
    .map((e) => `${e.name}:${e.mentions.length}`)
    .sort();
}

describe('a given name joined to a full name', () => {
  it('takes the surname of the full name after "and"', () => {
    expect(people('Anna and Peter Kowal arrived in Warsaw on Monday.')).toEqual([
      'Anna Kowal:1',
      'Peter Kowal:1',
    ]);
  });

  it('does not after a title, nor where the word is part of another name in the article', () => {
    expect(people('Prince Peter and Anna Kowal arrived in Warsaw.')).not.toContain('Peter Kowal:1');
    const text = 'Peter Brodski spoke on Monday. Peter and Anna Kowal arrived in Warsaw.';
    expect(people(text)).not.toContain('Peter Kowal:1');
  });
});

describe('a given name before a known public figure', () => {
  it('stays alone where only the full name after "and" is in the actor table', () => {
    expect(people('Bashar and Vladimir Putin were blamed for the siege.')).toEqual([
      'Bashar:1',
      'Vladimir Putin:1',
    ]);
  });

  it('is joined where both bearers are known', () => {
    expect(people('Raul and Fidel Castro received the delegation.')).toContain('Raul Castro:1');
  });
});
