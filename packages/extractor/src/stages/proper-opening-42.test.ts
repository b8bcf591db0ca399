import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: a listed surname that news never writes in lower case opens
// its sentence as the subject of a finite verb, where the part of speech reads a common noun.
describe('properOpeningAllows: a surname with no common reading opening its sentence', () => {
  it('reads the subject of an auxiliary and a verb as a person', () => {
    expect(typed('Dunleavy was retaliating after the vote.')).toEqual(['Dunleavy:Person']);
    expect(typed('Toomey has been under pressure since May.')).toEqual(['Toomey:Person']);
  });

  it('leaves a word news writes in lower case, or a plural', () => {
    expect(typed('Bush has grown over the old path.')).toEqual([]);
    expect(typed('Walkers have crowded the path since May.')).toEqual([]);
  });
});
