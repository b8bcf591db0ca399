import { describe, expect, it } from 'vitest';
import { findQuoteUnits } from './quote-units.js';

const quoted = (text: string): string[] =>
  findQuoteUnits(text).map((u) => text.slice(u.start, u.end));

describe('findQuoteUnits', () => {
  it('reads curly, straight, doubled-apostrophe, backtick and guillemet quotes', () => {
    expect(quoted('He said “we won” and "they lost".')).toEqual(['we won', 'they lost']);
    expect(quoted("She said ''not today,'' then ``maybe tomorrow.''")).toEqual([
      'not today,',
      'maybe tomorrow.',
    ]);
    expect(quoted('Il a dit « assez » hier.')).toEqual(['assez']);
  });

  it('reads single quotes at word edges but not apostrophes', () => {
    expect(quoted("The mayor's aide called it ‘a mess’ and 'a farce'. Don't.")).toEqual([
      'a mess',
      'a farce',
    ]);
  });

  it('keeps single quotes nested inside a double quote as part of it', () => {
    expect(quoted('“They told me ‘go home’ twice,” she said.')).toEqual([
      'They told me ‘go home’ twice,',
    ]);
  });

  it('ends a quote at the end of its paragraph when the next paragraph carries it on', () => {
    const text = '“The first part.\n\n“The second part,” he said.';
    expect(quoted(text)).toEqual(['The first part.', 'The second part,']);
  });
});
