import { describe, expect, it } from 'vitest';
import { resolvePeople, type PersonMention } from './resolve-people.js';

const on = (localId: string, name: string, node = localId): PersonMention => ({
  localId,
  name,
  node,
});

describe('resolvePeople', () => {
  it('moves a surname-only person onto the one full name with that surname', () => {
    expect(
      resolvePeople([on('person:blair', 'Blair'), on('person:tony-blair', 'Tony Blair')]),
    ).toEqual([
      { localId: 'person:blair', from: 'person:blair', to: 'person:tony-blair', name: 'Blair' },
    ]);
  });

  it('leaves a surname alone when two people share it, and moves it back if it was merged', () => {
    const mentions = [
      on('person:blair', 'Blair', 'person:tony-blair'),
      on('person:tony-blair', 'Tony Blair'),
      on('person:cherie-blair', 'Cherie Blair'),
    ];
    expect(resolvePeople(mentions)).toEqual([
      { localId: 'person:blair', from: 'person:tony-blair', to: 'person:blair', name: 'Blair' },
    ]);
  });

  it('moves it back when the full name is gone', () => {
    expect(resolvePeople([on('person:blair', 'Blair', 'person:tony-blair')])).toEqual([
      { localId: 'person:blair', from: 'person:tony-blair', to: 'person:blair', name: 'Blair' },
    ]);
  });

  it('puts transliterated full names on the smallest id, whatever the input order', () => {
    const mentions = [
      on('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy'),
      on('person:zelenskiy', 'Zelenskiy'),
      on('person:volodymyr-zelensky', 'Volodymyr Zelensky'),
    ];
    const expected = [
      {
        localId: 'person:volodymyr-zelenskyy',
        from: 'person:volodymyr-zelenskyy',
        to: 'person:volodymyr-zelensky',
        name: 'Volodymyr Zelenskyy',
      },
      {
        localId: 'person:zelenskiy',
        from: 'person:zelenskiy',
        to: 'person:volodymyr-zelensky',
        name: 'Zelenskiy',
      },
    ];
    expect(resolvePeople(mentions)).toEqual(expected);
    expect(resolvePeople([...mentions].reverse())).toEqual(expected);
  });

  it('never joins different first names, and changes nothing already settled', () => {
    const mentions = [
      on('person:george-bush', 'George Bush'),
      on('person:george-w-bush', 'George W. Bush'),
      on('person:bush', 'Bush'),
    ];
    expect(resolvePeople(mentions)).toEqual([]);
  });
});
