import { describe, expect, it } from 'vitest';
import { parseSentence } from '../syntax/index.js';
import { joinedByVerb, syntaxFeatures } from './pair-syntax.js';

/** The two names' character spans in a sentence, by their text. */
function spans(
  text: string,
  a: string,
  b: string,
): [{ start: number; end: number }, { start: number; end: number }] {
  const at = (name: string): { start: number; end: number } => {
    const start = text.indexOf(name);
    return { start, end: start + name.length };
  };
  return [at(a), at(b)];
}

function joined(text: string, a: string, b: string): boolean {
  return joinedByVerb(parseSentence(text), ...spans(text, a, b));
}

describe('joinedByVerb', () => {
  it('joins a subject and the object or prepositional object of its verb', () => {
    expect(joined('Bill Vorn attacked Ada Lune on Monday.', 'Bill Vorn', 'Ada Lune')).toBe(true);
    expect(joined('Bill Vorn sided with Ada Lune in the dispute.', 'Bill Vorn', 'Ada Lune')).toBe(
      true,
    );
  });

  it('does not join a speaker and a name in what was said', () => {
    expect(joined('Bill Vorn said Ada Lune arrived on Monday.', 'Bill Vorn', 'Ada Lune')).toBe(
      false,
    );
  });

  it('does not join two names of one coordination or a name that only modifies', () => {
    expect(joined('Bill Vorn and Ada Lune attended the summit.', 'Bill Vorn', 'Ada Lune')).toBe(
      false,
    );
    expect(
      joined('Veltrian researchers blamed Ada Lune for the delay.', 'Veltrian', 'Ada Lune'),
    ).toBe(false);
  });
});

describe('syntaxFeatures', () => {
  it('names the roles, not the names', () => {
    const text = 'Bill Vorn attacked Ada Lune on Monday.';
    const seen: string[] = [];
    syntaxFeatures(parseSentence(text), ...spans(text, 'Bill Vorn', 'Ada Lune'), (n, v) =>
      seen.push(`${n}=${v}`),
    );
    expect(seen).toContain('link=subj obj');
    expect(seen.join(' ')).not.toMatch(/Vorn|Lune/u);
  });
});
