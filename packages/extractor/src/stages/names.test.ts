import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const people = (text: string): string[] =>
  body(text)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('emitName', () => {
  it('leaves a capitalised occupation before a name outside the name', () => {
    expect(people('Novelist Brana Velkic wrote that the war was over.')).toEqual(['Brana Velkic']);
    expect(
      people('The team is run by Peter Dravnik. Coach Dravnik said the team was ready on Sunday.'),
    ).toEqual(['Peter Dravnik']);
  });

  it('drops the occupation before a given name too', () => {
    expect(people('In court, Witness Tomas Lind said nothing.')).toEqual(['Tomas Lind']);
  });

  it('leaves a capitalised role after a full name outside it, as in credits', () => {
    expect(people('Yes, he said.\n\nInterview: Pedro Alvares Editor: Maria Lind')).toEqual([
      'Pedro Alvares',
      'Maria Lind',
    ]);
  });
});
