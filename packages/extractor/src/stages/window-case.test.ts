import { describe, expect, it } from 'vitest';
import { documentCase } from '../tagger/features.js';
import { tokenize } from '../text/tokenize.js';
import { bodyCase, windowCase } from './window-case.js';

const sorted = (m: Iterable<[number, number]>): Array<[number, number]> =>
  [...m].sort((a, b) => a[0] - b[0]);

describe('windowCase', () => {
  const text = 'BRANDT WINS IN LORVIK. Voters in Lorvik backed Brandt. Read more at the website.';
  const tokens = tokenize(text);
  const ends = [5, 11, tokens.length];
  const sentenceTokens: Array<[number, number]> = ends.map((e, k) => [
    k === 0 ? 0 : (ends[k - 1] ?? 0),
    e,
  ]);
  const all = documentCase(sentenceTokens.map(([f, l]) => tokens.slice(f, l)));

  it('adds the sentences the body left out to the body evidence', () => {
    const own = [...tokens];
    const body = bodyCase(own, sentenceTokens, [1]);
    expect(sorted(windowCase(own, sentenceTokens))).toEqual(sorted(all));
    // The body's own evidence is left as it was: the last sentence adds to it.
    expect(sorted(body)).toEqual(sorted(documentCase([own.slice(5, 11)])));
    expect(body.size).toBeLessThan(all.size);
  });

  it('reads every sentence itself without the body evidence', () => {
    expect(sorted(windowCase([...tokens], sentenceTokens))).toEqual(sorted(all));
  });

  it('reuses the body evidence when the other sentences add nothing', () => {
    const own = [...tokens];
    const body = bodyCase(own, sentenceTokens, [0, 1, 2]);
    expect(windowCase(own, sentenceTokens)).toBe(body);
  });
});
