import { describe, expect, it } from 'vitest';
import { STATES } from './test-analysis.js';
import { stanceTriples } from './test-stance.js';

// "for" after a cue that ends in it ("vote for", "campaign for") may give a span of time, not
// what the actor is for. Sentences written for these tests.

const { chile, peru } = STATES;
const stances = (text: string): string[] => stanceTriples(text, [chile, peru]);

describe('forDuration: a span of time after a cue\'s "for"', () => {
  it('gives no SUPPORTS for "voted for the first time against Y" or "for years"', () => {
    expect(stances('Chile voted for the first time against Peru.')).not.toContain(
      'SUPPORTS state:CHL state:PER',
    );
    expect(stances('Chile has campaigned for many years against Peru.')).not.toContain(
      'SUPPORTS state:CHL state:PER',
    );
    expect(stances('Chile called for now on Peru to wait.')).toEqual([]);
  });

  it('still reads "voted for Y" and "campaigned for Y for years"', () => {
    expect(stances('Chile voted for Peru.')).toEqual(['SUPPORTS state:CHL state:PER']);
    expect(stances('Chile campaigned for Peru for years.')).toEqual([
      'SUPPORTS state:CHL state:PER',
    ]);
  });
});
