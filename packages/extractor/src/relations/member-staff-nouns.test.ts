import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('staffNounMembers', () => {
  it('reads "[Org] engineer X" and "X, a [Org] activist" as membership', () => {
    expect(members('Siemens engineer Tom Keller was hurt in the blast.')).toEqual([
      'MEMBER_OF person:tom-keller org:siemens',
    ]);
    expect(members('Tom Keller, a Greenpeace volunteer, was arrested.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
  });

  it('gives every person of a list after a plural noun', () => {
    expect(members('Bayern Munich strikers Tom Keller and Rob Hale scored.')).toEqual([
      'MEMBER_OF person:rob-hale org:bayern-munich',
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
    expect(
      members('Greenpeace researchers Tom Keller, Rob Hale and Ann Roux wrote the study.'),
    ).toHaveLength(3);
  });

  it('gives nothing after "former", for a state body or for a non-member word', () => {
    expect(members('Former Siemens engineer Tom Keller was hurt.')).toEqual([]);
    expect(members('Bank of England economist Tom Keller said so.')).toEqual([]);
    expect(members('Siemens rival engineer Tom Keller said so.')).toEqual([]);
  });

  it('reads the bare apostrophe of a name ending in s ("Siemens\' engineer X")', () => {
    expect(members("Siemens' engineer Tom Keller was hurt in the blast.")).toEqual([
      'MEMBER_OF person:tom-keller org:siemens',
    ]);
    expect(members("Siemens' former engineer Tom Keller was hurt.")).toEqual([]);
    expect(members("Former Siemens' engineer Tom Keller was hurt.")).toEqual([]);
    expect(members("Siemens' rival engineer Tom Keller said so.")).toEqual([]);
  });
});
