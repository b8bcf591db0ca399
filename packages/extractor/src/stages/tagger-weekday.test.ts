import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

// A weekday right after a person's name the sequence tagger proposes is American news style for
// "on <day>" ("Bob Dole Wednesday accused ..."), not part of the name. Sentences written for it.

const names = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => text.slice(m.start, m.end));

describe('tagger proposals: a weekday after a name', () => {
  it('is left out of the name ("met Bob Smith Wednesday")', () => {
    expect(names('The mayor met Bob Smith Wednesday.')).toEqual(['Bob Smith']);
  });

  it('leaves names without a weekday as they were', () => {
    expect(names('The mayor met Bob Smith on Wednesday.')).toEqual(['Bob Smith']);
  });
});
