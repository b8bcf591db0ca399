import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: a listed surname owning what WordNet calls an act, a
// communication, a trait or a state (lexicon/conduct-nouns.ts) names someone.
describe('listedOwner: what people do, say or are', () => {
  it('reads the owner of an answer, a standing or a visit as a person', () => {
    expect(typed('Olesen’s answer surprised the committee.')).toContain('Olesen:Person');
    expect(typed('Lawmakers questioned Brennan’s standing in the party.')).toContain(
      'Brennan:Person',
    );
    expect(typed("Hale's visit had some good moments for the mayor.")).toContain('Hale:Person');
  });

  it('leaves the owner of what firms and places own', () => {
    expect(typed('Hale’s new office opened in March.')).not.toContain('Hale:Person');
  });
});
