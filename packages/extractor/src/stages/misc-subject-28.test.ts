import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: the tagger, trained on older news, reads some listed
// surnames as an unsure MISC; as the subject of a finite verb they are people all the same.
describe('subjectSlot: a listed name the tagger reads as an unsure MISC', () => {
  it('reads "rival Trump has created" as a person', () => {
    expect(typed('The governor said rival Trump has created a toxic mood.')).toContain(
      'Trump:Person',
    );
  });
});
