import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// The first word after a headline without a full stop (issue 10, stop 29), on texts written here:
// "Police said" opening the body is no person called Police.

function entitiesOf(text: string): string[] {
  return extract(text, { id: 't' }).entities.map((e) => `${e.type}:${e.name}`);
}

describe('a capitalised word opening the body after a headline', () => {
  it('is sentence-initial: a common noun there names no one', () => {
    expect(entitiesOf('Chile opens port\n\nPolice said the plan was bad.')).toEqual([
      'State:Chile',
    ]);
    expect(entitiesOf('Chile opens port\n\nWitnesses said the plan was bad.')).toEqual([
      'State:Chile',
    ]);
  });

  it('still reads a full name there', () => {
    expect(entitiesOf('Chile opens port\n\nMara Rindal said the plan was bad.')).toContain(
      'Person:Mara Rindal',
    );
  });
});
