import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface, its entity's type and name, in order. */
function named(text: string): string[] {
  const a = body(text);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.mentions.map(
    (m) => `${text.slice(m.start, m.end)}:${m.type}:${names.get(m.entityId) ?? ''}`,
  );
}

// Sentences written for these tests: web text that has lost its apostrophes.
describe('barePersonPossessive: a surname’s possessive without its apostrophe', () => {
  it('reads "Olesens campaign" and "Brennans proposal" as the person', () => {
    expect(named('Olesens campaign accused the mayor of lying.')).toContain(
      'Olesens:Person:Olesen',
    );
    expect(named('The council rejected Brennans proposal on Monday.')).toContain(
      'Brennans:Person:Brennan',
    );
  });

  it('leaves a family, a verb after the word and a text that writes its apostrophes', () => {
    expect(named('The Olesens home was sold.')).toEqual([]);
    expect(named('Brennans accused the firm of fraud.')).not.toContain('Brennans:Person:Brennan');
    expect(named("Hale's aides said Brennans proposal was dead.")).not.toContain(
      'Brennans:Person:Brennan',
    );
  });
});
