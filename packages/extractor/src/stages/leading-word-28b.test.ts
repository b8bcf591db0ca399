import { describe, expect, it } from 'vitest';
import { leadingWords } from './leading-words.js';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: a lone listed surname right after a leading conjunction,
// adverb or wh-word that opens the sentence, as the subject of a finite verb.
describe('openingSubject: a listed surname after a leading word', () => {
  it('reads "Yet Bannon attended" and "But Okafor answered" as people', () => {
    expect(typed('Yet Bannon attended the meeting in the capital.')).toContain('Bannon:Person');
    expect(typed('But Okafor answered every question at length.')).toContain('Okafor:Person');
  });

  it('reads an irregular past verb and an auxiliary ("So Rubio took", "Still Rubio has not")', () => {
    expect(typed('So Rubio took aim at the plan on Monday.')).toContain('Rubio:Person');
    expect(typed('Still Rubio has not endorsed the plan.')).toContain('Rubio:Person');
  });

  it('reads a clause opened by a wh-word or "as" ("When Okafor arrived", "As Okafor walked in")', () => {
    expect(typed('When Okafor arrived, the crowd cheered loudly.')).toContain('Okafor:Person');
    expect(typed('As Okafor walked in, the crowd cheered loudly.')).toContain('Okafor:Person');
  });

  it('leaves a capital or a town alone ("But Paris was calm", "And London agreed")', () => {
    const paris = typed('But Paris was calm after the vote.');
    expect(paris).not.toContain('Paris:Person');
    expect(typed('And London agreed to the deal on Friday.')).not.toContain('London:Person');
    expect(typed('But Warren attended the meeting.')).not.toContain('Warren:Person');
  });

  it('leaves a name not on the list of people alone ("And Brexit changed")', () => {
    expect(typed('And Brexit changed the rules for everyone.')).not.toContain('Brexit:Person');
  });

  it('leaves a common noun the part of speech reads as one alone ("And Hope returned")', () => {
    expect(typed('And Hope returned to the town after the flood.')).not.toContain('Hope:Person');
  });

  it('has only lower-case words', () => {
    for (const w of leadingWords()) expect(w).toBe(w.toLowerCase());
  });
});
