import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: a listed surname owning an act or stance of a person
// ("Halvorsen's challenge", "Halvorsen's refusal") names someone.
describe('listedOwner: more acts and stances a person owns', () => {
  it('reads the owner of a challenge, a refusal or a movement as a person', () => {
    expect(typed("Halvorsen's challenge will be to win back the suburbs.")).toContain(
      'Halvorsen:Person',
    );
    expect(typed("The board noted Halvorsen's refusal to testify.")).toContain('Halvorsen:Person');
    expect(typed("Officials blamed Halvorsen's movement for the unrest.")).toContain(
      'Halvorsen:Person',
    );
  });

  it('leaves an owner that is no listed name of people alone', () => {
    expect(typed("Vortexa's challenge will be to win back customers.")).toEqual([]);
  });

  it('leaves what firms own to the firm ("Halvorsen’s oil shares")', () => {
    expect(typed('The fund sold Halvorsen’s oil shares last year.')).not.toContain(
      'Halvorsen:Person',
    );
  });
});
