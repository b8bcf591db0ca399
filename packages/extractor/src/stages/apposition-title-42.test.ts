import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

describe('apposition: a title after the comma that stands before another name', () => {
  it('leaves the title to the name it stands before', () => {
    const a = body('The adviser, Tomas Weber, criticized former secretary of state Ana Ruiz.');
    expect(a.mentions.find((m) => m.text === 'Tomas Weber')?.role?.title).not.toBe(
      'Secretary Of State',
    );
    expect(a.mentions.find((m) => m.text === 'Ana Ruiz')?.role?.title).toBe('Secretary Of State');
  });

  it('still takes an appositive title that no name follows', () => {
    const a = body('Tomas Weber, a former secretary of state, met Ana Ruiz.');
    expect(a.mentions.find((m) => m.text === 'Tomas Weber')?.role?.title).toBe(
      'Secretary Of State',
    );
  });
});
