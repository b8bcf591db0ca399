import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): string[] => body(text).entities.map((e) => `${e.type} ${e.name}`);

describe('chunkEnd before "on"', () => {
  it('ends a person named in full before "on" and what follows', () => {
    const found = typed('Talks went on. The minister met Laura Brandt on Morning Desk last week.');
    expect(found).toContain('Person Laura Brandt');
    expect(found.some((e) => e.includes('Brandt on'))).toBe(false);
  });

  it('keeps "on" inside a body headed by an organization word', () => {
    expect(typed('Talks went on. The Commission on Fair Trade met in Oslo.')).toContain(
      'Organization Commission on Fair Trade',
    );
  });
});
