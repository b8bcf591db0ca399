import { describe, expect, it } from 'vitest';
import { relationsOf } from './test-roles.js';

// A title after a name belongs to the first state or organization after it, but not across "by"
// (issue 10), on sentences written here: "the president backed by Y" is not Y's president.

const roles = (sentence: string): string[] =>
  relationsOf(sentence, ['LEADS', 'REPRESENTS', 'MEMBER_OF', 'SUPPORTS', 'OPPOSES']);

describe('a title after a name', () => {
  it('is not the agent’s after "by"', () => {
    expect(roles('He met Ruiz, the president backed by Peru.')).toEqual([
      'SUPPORTS state:PER person:ruiz',
    ]);
    expect(roles('Ruiz, the minister appointed by Chile, resigned.')).toEqual([]);
  });

  it('still takes the body the title names', () => {
    expect(roles('He met Ruiz, the president of Peru.')).toEqual(['LEADS person:ruiz state:PER']);
    expect(roles('Ana Ruiz, a spokeswoman for Chile, said no.')).toEqual([
      'REPRESENTS person:ana-ruiz state:CHL',
    ]);
  });
});
