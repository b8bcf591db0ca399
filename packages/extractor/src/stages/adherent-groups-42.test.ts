import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: the followers of a person or cause named in the plural.
describe('peopleGroup: a capitalised plural with a follower’s ending', () => {
  it('reads "Peronists", "Brexiteers" and "the Trotskyites" as groups, not people', () => {
    expect(typed('Peronists blasted the new budget.')).toEqual(['Peronists:Group']);
    expect(typed('Brexiteers attacked the government on Monday.')).toEqual(['Brexiteers:Group']);
    expect(typed('The Trotskyites denounced the leadership.')).toEqual(['Trotskyites:Group']);
  });

  it('leaves surnames, common nouns and kinds of person alone', () => {
    expect(typed('Evans criticized the plan.')).toEqual(['Evans:Person']);
    expect(typed('Separatists attacked the army.')).toEqual([]);
    expect(typed('Physicians said the drug was safe.')).toEqual([]);
  });

  it('leaves the last word of a longer name', () => {
    expect(typed('She chairs the Forum of Lutherans and Peronists in Lyon.')).not.toContain(
      'Peronists:Group',
    );
  });
});
