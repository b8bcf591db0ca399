import { describe, expect, it } from 'vitest';
import { isNewsgraphError } from '@newsgraph/graph-schema';
import { readRatedJudgements, ratedJudgements } from './rated-judgements.js';

describe('ratedJudgements', () => {
  it('loads the converted VADER adjectives with their valence', () => {
    const { ratings } = ratedJudgements();
    expect(ratings.get('destructive')).toBeLessThanOrEqual(-2);
    expect(ratings.get('generous')).toBeGreaterThanOrEqual(2);
    expect(ratings.get('courageous')).toBeGreaterThanOrEqual(2);
  });

  it('leaves out words that judge no actor: nouns, verbs, weak ratings', () => {
    const { ratings } = ratedJudgements();
    for (const word of ['war', 'cancer', 'died', 'deprive', 'punishment', 'okay'])
      expect(ratings.has(word)).toBe(false);
  });

  it("keeps VADER's degree adverbs apart by direction", () => {
    const rated = ratedJudgements();
    expect(rated.increments.has('very')).toBe(true);
    expect(rated.decrements.has('hardly')).toBe(true);
    expect(rated.increments.has('hardly')).toBe(false);
  });

  it('rejects a malformed file with CONFIG_INVALID', () => {
    let thrown: unknown;
    try {
      readRatedJudgements({ ratings: { Bad: 9 }, increments: ['very'], decrements: ['hardly'] });
    } catch (error) {
      thrown = error;
    }
    expect(isNewsgraphError(thrown) && thrown.code).toBe('CONFIG_INVALID');
  });
});
