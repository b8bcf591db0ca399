import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('asSportRoles', () => {
  it('makes the subject after a fronted "as a player with Y" a member of Y', () => {
    expect(members('As a player with Hertha Berlin, Tom Keller won the cup in 1990.')).toEqual([
      'MEMBER_OF person:tom-keller org:hertha-berlin',
    ]);
  });

  it('makes the subject who spent years "as a coach at Y" a member of Y', () => {
    expect(members('Tom Keller spent six years as a coach at Bayern Munich.')).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
  });

  it('gives nothing after "former", for the object of a verb, or for a noun of no sport', () => {
    expect(members('As a former player with Hertha Berlin, Tom Keller knows the club.')).toEqual(
      [],
    );
    expect(members('Tom Keller praised Rob Hale as a coach with Hertha Berlin.')).toEqual([]);
    expect(members('As a lawyer for Hertha Berlin, Tom Keller knows the club.')).toEqual([]);
  });
});
