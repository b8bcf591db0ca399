import { describe, expect, it } from 'vitest';
import { AGENCY, MAGAZINE } from '../fixtures/articles.js';
import { segment } from './segment.js';

const slice = (text: string, r: { start: number; end: number }): string =>
  text.slice(r.start, r.end);

describe('segment', () => {
  it('reads the first non-empty line as the headline', () => {
    const { paragraphs } = segment('\n\nBig News Today\n\nThe body starts here.');
    expect(paragraphs[0]?.kind).toBe('headline');
    expect(paragraphs[1]?.kind).toBe('body');
  });

  it('reads the first line as body text when headline is off', () => {
    const { paragraphs } = segment('Germany beat France. Italy lost.', { headline: false });
    expect(paragraphs[0]?.kind).toBe('body');
  });

  it('joins hard-wrapped wire lines and starts a paragraph at each indented line', () => {
    const { paragraphs } = segment(AGENCY);
    const second = paragraphs[1];
    expect(second && slice(AGENCY, second)).toMatch(
      /^President Kovac said he would discuss\nthe Baltic Sea/,
    );
    expect(paragraphs.filter((p) => AGENCY.slice(p.start, p.start + 3) === 'In ')).toHaveLength(1);
  });

  it('marks an upper-case or Title Case headline as caseless', () => {
    expect(segment(AGENCY).paragraphs[0]?.caseless).toBe(true);
    expect(segment(MAGAZINE).paragraphs[0]?.caseless).toBe(true);
    expect(segment('Minister defends ending wheat tariff\n\nBody.').paragraphs[0]?.caseless).toBe(
      false,
    );
  });

  it('marks credits, bylines, sign-offs and publisher boilerplate', () => {
    const kinds = segment(MAGAZINE).paragraphs.map((p) => [
      slice(MAGAZINE, p).slice(0, 12),
      p.kind,
    ]);
    expect(kinds).toContainEqual(['Photographer', 'boilerplate']);
    expect(kinds).toContainEqual(['— With assis', 'boilerplate']);
    expect(kinds).toContainEqual(["Before it's ", 'boilerplate']);
    expect(segment(AGENCY).paragraphs.at(-1)?.kind).toBe('boilerplate');
  });

  it('splits sentences but not after abbreviations, initials or mid-sentence U.S.', () => {
    const text =
      'Headline\n\nMr. Smith met Sen. J. Doe in the U.S. capital. The U.S. Navy said no. It ended.';
    const sentences = segment(text)
      .sentences.slice(1)
      .map((s) => slice(text, s));
    expect(sentences).toEqual([
      'Mr. Smith met Sen. J. Doe in the U.S. capital.',
      'The U.S. Navy said no.',
      'It ended.',
    ]);
  });

  it('ends a sentence after a closing quote', () => {
    const text = 'H\n\nHe said: "It was past." But she disagreed.';
    expect(
      segment(text)
        .sentences.slice(1)
        .map((s) => slice(text, s)),
    ).toEqual(['He said: "It was past."', 'But she disagreed.']);
  });
});
