import { describe, expect, it } from 'vitest';
import { body } from '../stages/test-helpers.js';

const typed = (text: string): string[] => body(text).entities.map((e) => `${e.type} ${e.name}`);

describe('state alternative spellings', () => {
  it('leaves a spelling that is also a given name to the person', () => {
    const found = typed('Prosecutor Dominique Lavalle read the charges in Lyon.');
    expect(found).toContain('Person Dominique Lavalle');
    expect(found.filter((e) => e.startsWith('State'))).toEqual([]);
  });

  it('still reads the state by its own name', () => {
    expect(typed('Dominica signed the treaty.')).toContain('State Dominica');
  });
});
