import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: a lone surname after "against" is the object of opposing,
// which the tagger or the list of people's names may read as someone.
describe('objectSlot: a lone name after "against"', () => {
  it('reads "came out against Halvorsen" and "campaigned against Halvorsen" as people', () => {
    expect(typed('The senator came out against Halvorsen on Wednesday.')).toContain(
      'Halvorsen:Person',
    );
    expect(typed('The union campaigned against Halvorsen in the primary.')).toContain(
      'Halvorsen:Person',
    );
  });

  it('leaves a policy or a town after "against" alone', () => {
    expect(typed('Thousands marched against Brexit on Saturday.')).not.toContain('Brexit:Person');
    expect(typed('The club played against Wigan on Saturday.')).not.toContain('Wigan:Person');
  });
});
