import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

describe('the title PM', () => {
  it('stays outside the name it stands before', () => {
    const doc = extract(
      'Talks went on\n\nNorway PM Tessa Marlow condemned the attack at 3 PM on Friday.',
      {
        id: 'pm',
      },
    );
    const people = doc.entities.filter((e) => e.type === 'Person').map((e) => e.name);
    expect(people).toEqual(['Tessa Marlow']);
  });
});
