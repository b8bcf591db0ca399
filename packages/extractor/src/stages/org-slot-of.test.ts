import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string, type: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe('headBeforeModifier', () => {
  it('reads a list after a plural body noun and its modifier as bodies', () => {
    expect(
      typed(
        'Talks went on. Several companies in the wind turbine industry, such as Varnica, ' +
          'Tellurex and Moravo, had complained.',
        'Organization',
      ),
    ).toEqual(['Varnica', 'Tellurex', 'Moravo']);
  });

  it('leaves a list after a noun for people to the people', () => {
    expect(
      typed('Talks went on. Several people in the town, such as Anna Berg, left.', 'Person'),
    ).toEqual(['Anna Berg']);
  });
});
