import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const governments = (text: string): string[] =>
  analyze(text, { headline: false })
    .mentions.filter((m) => m.text === 'government')
    .map((m) => m.entityId);

describe('"the government" as a reference', () => {
  it('refers to the state named last before it', () => {
    expect(governments('Protests spread across Peru. The government blamed the unions.')).toEqual([
      'state:PER',
    ]);
  });

  it('refers to nothing where two states are named as late, or none', () => {
    expect(governments('Chile and Peru signed a deal. The government praised it.')).toEqual([]);
    expect(governments('The government praised the deal on Monday.')).toEqual([]);
  });

  it('leaves "the government of X" to the state named after it', () => {
    expect(governments('Chile signed. The government of Peru praised it.')).toEqual([]);
  });
});
