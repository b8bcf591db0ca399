import { describe, expect, it } from 'vitest';
import { atMostTwoWords, segment } from './segment.js';
import { spaceRuns } from './space-runs.js';

describe('atMostTwoWords', () => {
  it('is split(/\\s+/).length <= 2 for any whitespace, Unicode included', () => {
    const texts = [
      '',
      'Reuter',
      'AP wire',
      'AP  wire',
      'AP wire service',
      ' AP',
      'AP ',
      ' AP wire',
      'AP\twire\n',
      'A\u00a0B',
      'A\u00a0B\u2003C',
      'A\u3000B',
      'A\u0085B C',
      '\ufeffA',
      'one two three four five',
      '  ',
      ' \n ',
    ];
    for (const text of texts)
      expect(atMostTwoWords(text), JSON.stringify(text)).toBe(text.split(/\s+/).length <= 2);
  });

  it('spaceRuns counts what split(/\\s+/) parts, up to a limit', () => {
    for (const text of ['', 'a', 'a b', ' a  b ', 'Ana\u00a0Ruiz Lind', 'x\u2028y\tz', 'a-b c']) {
      const runs = text.split(/\s+/).length - 1;
      expect(spaceRuns(text), JSON.stringify(text)).toBe(runs);
      for (const limit of [1, 2, 3]) expect(spaceRuns(text, limit)).toBe(Math.min(runs, limit));
    }
  });

  it('keeps a short sign-off closing a story boilerplate, a longer last paragraph body', () => {
    const story = 'Ministers met on Monday.\n\nThey agreed a plan for the region.';
    expect(segment(`${story}\n\nReuter`).paragraphs.at(-1)?.kind).toBe('boilerplate');
    expect(segment(`${story}\n\nThe talks resume on Friday`).paragraphs.at(-1)?.kind).toBe('body');
  });
});
