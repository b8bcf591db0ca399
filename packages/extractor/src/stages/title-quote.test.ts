import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const people = (text: string): Array<[string, string[]]> =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => [e.name, [...(e.aliases ?? [])].sort()]);

describe('a headline quoted in a story (Title Case inside quotation marks)', () => {
  it('does not lengthen a name with the capitalised words after it', () => {
    const text =
      'Senator Ana Ruiz said on Monday that she would vote against the bill. ' +
      'Her rivals sent supporters an email headed “Senator Ana Ruiz Joins Growing List of Critics Rebuking the Governor.” ' +
      'Ruiz did not comment.';
    const found = people(text);
    expect(found.map(([name]) => name)).toEqual(['Ana Ruiz']);
    expect(found[0]?.[1].filter((alias) => /Joins|List/.test(alias))).toEqual([]);
  });

  it('makes no person of common words a title capitalises', () => {
    const text =
      'Readers sent photographs after the magazine ran the story “How Canada Is Pulling Itself Back Together,” last spring.';
    expect(people(text)).toEqual([]);
  });

  it('leaves ordinary speech and short quoted names alone', () => {
    const text =
      'Tomas Berg, the party leader, said: "We will win." ' +
      'Supporters call him "Big Tom Berg" at rallies. ' +
      '"Tomas Berg Is Right About Everything Here" was not a headline anyone wrote, said Lena Holm.';
    const names = people(text).map(([name]) => name);
    expect(names).toContain('Tomas Berg');
    expect(names).toContain('Lena Holm');
  });
});
