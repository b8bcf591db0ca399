import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const found = (text: string): Array<[string, string]> =>
  analyze(text, { headline: false }).entities.map((e) => [e.type, e.name]);

describe('a demonym after a word for part of a continent', () => {
  it('is the region’s adjective, not the state', () => {
    expect(found('The South American country recalled its envoy from Chile.')).toEqual([
      ['State', 'Chile'],
    ]);
    expect(found('Latin American leaders met in Lima.')).not.toContainEqual([
      'State',
      'United States',
    ]);
    expect(found('A Central American port reopened.')).toEqual([]);
  });

  it('leaves the demonyms of states named with such a word', () => {
    expect(found('South Korean officials criticized the plan.')).toContainEqual([
      'State',
      'South Korea',
    ]);
    expect(found('North Vietnamese troops crossed the river.')).toContainEqual([
      'State',
      'Vietnam',
    ]);
    expect(found('South African troops crossed the river.')).toContainEqual([
      'State',
      'South Africa',
    ]);
  });
});

describe('a region named by a continent part and its demonym', () => {
  it('heads a group before a collective noun', () => {
    expect(found('Latin American nations condemned the vote.')).toEqual([
      ['Group', 'Latin American nations'],
    ]);
    expect(found('South American leaders met on Friday.')).toEqual([
      ['Group', 'South American leaders'],
    ]);
  });

  it('names no group before another noun', () => {
    expect(found('The North American market grew.')).toEqual([]);
  });
});
