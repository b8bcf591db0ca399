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

  it('keeps a name of an unlisted given name before a weekday ("met Bob Zarkov Wednesday.")', () => {
    expect(names('The mayor met Bob Zarkov Wednesday.')).toEqual(['Bob Zarkov']);
    expect(names('Police questioned Lou Fenwick Tuesday.')).toEqual(['Lou Fenwick']);
  });

  it('leaves a month short form with a day out of the name ("hired Tom Brevik Jan. 5")', () => {
    expect(names('The board hired Tom Brevik Jan. 5.')).toEqual(['Tom Brevik']);
    expect(names('The firm hired Jan Kowalski.')).toEqual(['Jan Kowalski']);
  });
});
