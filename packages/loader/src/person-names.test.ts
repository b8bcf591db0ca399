import { describe, expect, it } from 'vitest';
import { personName, storedFullKey } from './person-names.js';

describe('personName', () => {
  it('keys a full name on its last word and all its words, folded', () => {
    expect(personName('Tony Blair')).toEqual({ surnameKey: 'blair', fullKey: 'tony blair' });
    expect(personName('José  Saramago')).toEqual({
      surnameKey: 'saramago',
      fullKey: 'jose saramago',
    });
  });

  it('has no full key for a surname alone', () => {
    expect(personName('Blair')).toEqual({ surnameKey: 'blair', fullKey: undefined });
  });

  it('makes transliterations of one ending alike', () => {
    const keys = ['Zelensky', 'Zelenskiy', 'Zelenskyy', 'Zelenskyi'].map(
      (n) => personName(n)?.surnameKey,
    );
    expect(new Set(keys)).toEqual(new Set(['zelensky']));
    expect(personName('Li')?.surnameKey).toBe('li');
  });

  it('drops a generational suffix and punctuation', () => {
    expect(personName('Martin Luther King Jr.')).toEqual({
      surnameKey: 'king',
      fullKey: 'martin luther king',
    });
    expect(personName("O'Brien")?.surnameKey).toBe('obrien');
  });

  it('gives nothing for a name without letters', () => {
    expect(personName('—')).toBeUndefined();
  });
});

describe('storedFullKey', () => {
  it('is the folded full name, or empty for a surname alone or a name without letters', () => {
    expect(storedFullKey('Volodymyr Zelenskyy')).toBe(personName('Volodymyr Zelensky')?.fullKey);
    expect(storedFullKey('Blair')).toBe('');
    expect(storedFullKey('—')).toBe('');
  });
});
