import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: the head word of a body's name (the lexicon's organization
// heads, listed capitalised) standing alone where a person's name may stand is no one's name.
describe('hintPersonSlots: the head word of a body is no person', () => {
  it('gives no Person for "Parliament condemned" or "Senate accused"', () => {
    expect(typed('Parliament condemned the attack on Monday.')).not.toContain('Parliament:Person');
    expect(typed('Senate accused the agency of hiding the report.')).not.toContain('Senate:Person');
  });

  it('keeps a surname in the same slot ("Halvorsen accused")', () => {
    expect(typed('Halvorsen accused the agency of hiding the report.')).toContain(
      'Halvorsen:Person',
    );
  });
});
