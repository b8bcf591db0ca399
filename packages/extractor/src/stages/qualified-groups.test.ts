import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const entities = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('qualifiedPeopleGroup', () => {
  it('takes a creed or politics adjective before a people or faith as one Group', () => {
    expect(entities('Conservative Christians rallied outside the court.')).toEqual([
      ['Group', 'Conservative Christians'],
    ]);
    expect(entities('Liberal Muslims criticised the cleric.')).toEqual([
      ['Group', 'Liberal Muslims'],
    ]);
  });

  it('reads no party or person from the adjective or the plural', () => {
    const found = entities('Conservative Christians rallied outside the court.');
    expect(found.some(([type]) => type === 'Organization' || type === 'Person')).toBe(false);
  });

  it('leaves a party name and a longer name alone', () => {
    expect(entities('The Liberal Democrats rallied outside the court.')).toEqual([
      ['Organization', 'Liberal Democrats'],
    ]);
    expect(entities('Catholic Christians United met on Sunday.')).not.toContainEqual([
      'Group',
      'Catholic Christians',
    ]);
  });
});
