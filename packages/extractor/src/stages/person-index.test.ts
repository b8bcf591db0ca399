import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { PersonIndex } from './person-index.js';

let at = 0;
function candidate(name: string, role?: { title: string; of?: string }): Candidate {
  at += 10;
  return {
    start: at,
    end: at + name.length,
    text: name,
    first: 0,
    last: 1,
    sentence: at,
    type: 'Person',
    kind: 'name',
    name,
    ...(role ? { role: { ...role, start: at - 8, end: at - 1 } } : {}),
  };
}

const members = (index: PersonIndex): string[][] =>
  index.clusters().map((c) => [c.name, ...c.members.map((m) => m.name)]);

describe('PersonIndex', () => {
  it('joins a surname, an initial and a fuller name to the person named before', () => {
    const index = new PersonIndex();
    index.addStrong(candidate('Mara Quill'));
    index.addStrong(candidate('Tobias Renk'));
    index.addStrong(candidate('Quill'));
    index.addStrong(candidate('M. Quill'));
    index.addStrong(candidate('Tobias J. Renk'));
    expect(index.matchWeak(candidate('Renk'))).toBe(true);
    expect(index.matchWeak(candidate('Ostrander'))).toBe(false);
    expect(members(index)).toEqual([
      ['Mara Quill', 'Mara Quill', 'Quill', 'M. Quill'],
      ['Tobias J. Renk', 'Tobias Renk', 'Tobias J. Renk', 'Renk'],
    ]);
  });

  it('gives a shared surname to the one bearer named just before, among hundreds of others', () => {
    const index = new PersonIndex();
    for (let i = 0; i < 300; i++) index.addStrong(candidate(`Given${i} Family${i % 50}`));
    const ada = candidate('Ada Family7');
    index.addStrong(ada);
    // The same sentence as "Ada Family7": she is the bearer named just before it.
    index.addStrong({ ...candidate('Family7'), sentence: ada.sentence });
    const found = index.clusters().find((c) => c.name === 'Ada Family7');
    expect(found?.members.map((m) => m.name)).toEqual(['Ada Family7', 'Family7']);
  });

  it('finds the one holder of a title, and none when two hold it', () => {
    const index = new PersonIndex();
    index.addStrong(candidate('Lena Marsh', { title: 'Foreign Minister', of: 'state:NOR' }));
    index.addStrong(candidate('Ivo Brandt', { title: 'Foreign Minister', of: 'state:DNK' }));
    index.addStrong(candidate('Cara Vell', { title: 'Spokeswoman' }));
    expect(index.holderOf('foreign minister', 'state:NOR')).toBe('person:lena-marsh');
    expect(index.holderOf('Foreign Minister', undefined)).toBeUndefined();
    expect(index.holderOf('spokeswoman', 'org:un')).toBe('person:cara-vell');
    expect(index.holderOf('president', undefined)).toBeUndefined();
  });
});
