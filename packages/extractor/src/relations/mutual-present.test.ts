import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

const opposes = (text: string): string[] =>
  extract(text, { headline: false })
    .relations.filter((r) => r.type === 'OPPOSES')
    .map((r) => `${r.source} ${r.target}`)
    .sort();

describe('mutual quarrels in the present tense and headline commas', () => {
  it('reads a present-tense quarrel of two named sides', () => {
    expect(opposes('Chile and Peru clash over fishing rights.')).toEqual([
      'state:CHL state:PER',
      'state:PER state:CHL',
    ]);
    expect(opposes('Chile and Peru trade barbs over fishing rights.')).toHaveLength(2);
  });

  it('reads a comma that joins two names the way a headline does', () => {
    expect(opposes('Chile, Peru clash over fishing rights')).toEqual([
      'state:CHL state:PER',
      'state:PER state:CHL',
    ]);
  });

  it('gives nothing for a place phrase before the comma, a modal or a negation', () => {
    expect(opposes('In Chile, Peru clashed with the rebels.')).toEqual([]);
    expect(opposes('Chile and Peru could clash over fishing rights.')).toEqual([]);
    expect(opposes('Chile and Peru do not clash often.')).toEqual([]);
  });
});

describe('a headline comma before a second verb', () => {
  it('ends the first verb\'s denial: "X denies A, accuses Y"', () => {
    expect(opposes('Chile denies breaking the truce, accuses Peru')).toEqual([
      'state:CHL state:PER',
    ]);
  });

  it('keeps a base form under the negation: "did not criticise X, blame Y"', () => {
    expect(opposes('Chile did not criticise Peru, blame Bolivia or attack Ecuador.')).toEqual([]);
  });
});
