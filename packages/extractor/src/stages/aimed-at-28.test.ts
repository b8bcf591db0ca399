import { describe, expect, it } from 'vitest';
import { aimingPhrases } from './aimed-at.js';
import { body } from './test-helpers.js';

/** Each mention's surface and its entity's type, in order. */
function typed(text: string): string[] {
  const a = body(text);
  return a.mentions.map((m) => `${text.slice(m.start, m.end)}:${m.type}`);
}

// Sentences written for these tests: an unknown one-word name after words that aim an act at
// someone ("took aim at", "lashed out at", "a swipe at") is no place.
describe('hintAimedAt: a name that an act of stance is aimed at', () => {
  it('reads a surname after "took aim at" as a person, not a place', () => {
    expect(typed('On Monday the senator took aim at Cruz.')).toContain('Cruz:Person');
  });

  it('reads it after "lashed out at" and "poked fun at"', () => {
    expect(typed('The governor lashed out at Cruz during the debate.')).toContain('Cruz:Person');
    expect(typed('Late on Friday the mayor poked fun at Cruz.')).toContain('Cruz:Person');
  });

  it('reads it after a noun of aiming ("in a swipe at")', () => {
    expect(typed('In a swipe at Cruz, the mayor said the plan was dead.')).toContain('Cruz:Person');
  });

  it('joins the surname to the full name the article gives', () => {
    const a = body('Ted Cruz spoke on Monday. The governor took aim at Cruz on Tuesday.');
    expect(a.mentions.map((m) => m.entityId)).toEqual(['person:ted-cruz', 'person:ted-cruz']);
  });

  it('leaves a name after "at" a place where nothing aims at it', () => {
    expect(typed('The governor spoke at Cruz on Tuesday.')).not.toContain('Cruz:Person');
    expect(typed('The senator arrived at Cruz late.')).not.toContain('Cruz:Person');
  });

  it('leaves a known place a place', () => {
    expect(typed('The governor took aim at Paris over the tax.')).toContain('Paris:Location');
  });

  it('has its phrases in lower case', () => {
    for (const p of aimingPhrases()) expect(p).toBe(p.toLowerCase());
  });
});
