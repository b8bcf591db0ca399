import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const leads = (text: string): string[] => roles(text).filter((r) => r.startsWith('LEADS'));
const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('a title whose holder is named with its own kind noun', () => {
  it('reads "leader of the X trade union" and "chairman of the X party" as leading X', () => {
    expect(leads('Tom Keller, leader of the Unison trade union, said the plan was bad.')).toEqual([
      'LEADS person:tom-keller org:unison',
    ]);
    expect(leads('Tom Keller, the chairman of the Likud party, said so.')).toEqual([
      'LEADS person:tom-keller org:likud',
    ]);
    expect(leads('The head of the Unison trade union, Tom Keller, said so.')).toEqual([
      'LEADS person:tom-keller org:unison',
    ]);
  });

  it('reads "the X union confederation leader Y" with the kind noun between name and title', () => {
    expect(leads('The CGT union confederation leader Tom Keller said so.')).toEqual([
      'LEADS person:tom-keller org:cgt',
    ]);
    expect(leads('IG Metall union confederation leader Tom Keller said so.')).toEqual([
      'LEADS person:tom-keller org:ig-metall',
    ]);
  });

  it('reads a verb\'s object "the X party" as X: "heads the X party", "joined the X party"', () => {
    expect(roles('Tom Keller, who leads the Likud party, said so.')).toEqual([
      'LEADS person:tom-keller org:likud',
      'MEMBER_OF person:tom-keller org:likud',
    ]);
    expect(members('Tom Keller joined the Likud party in 2004.')).toEqual([
      'MEMBER_OF person:tom-keller org:likud',
    ]);
    expect(roles('Tom Keller heads the OSCE mission in Kosovo.')).toEqual([]);
  });

  it('still reads a part or another body after the name as the one headed', () => {
    expect(leads('Tom Keller, head of the Siemens recruitment center, said so.')).toEqual([]);
    expect(leads('The head of the Greenpeace youth wing, Tom Keller, said so.')).toEqual([]);
  });
});

describe('a title whose holder is named again right after it', () => {
  it('trusts "president of the Y" over an earlier mention of Y in the sentence', () => {
    expect(
      leads(
        '"The EIB is ready to lend," said Paul Marten, president of the European Investment Bank, on Monday.',
      ),
    ).toEqual(['LEADS person:paul-marten org:eib']);
  });

  it('gives nothing when the words after the name are no title of it', () => {
    expect(
      roles(
        '"The EIB is ready to lend," said Paul Marten, a critic of the European Investment Bank.',
      ),
    ).toEqual([]);
  });
});

describe('a description with its field before the body', () => {
  it('reads "an expert in arms control at Y" as membership of Y', () => {
    expect(
      members('Tom Keller, an expert in the analysis of arms control at Greenpeace, said so.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:greenpeace']);
    expect(members('Tom Keller, a professor in economics at Indiana University, said so.')).toEqual(
      ['MEMBER_OF person:tom-keller org:indiana-university'],
    );
  });

  it('does not read "in talks with Y", "a shareholder in Y" or "a former analyst in X at Y"', () => {
    expect(members('Tom Keller, in talks with Greenpeace, said so.')).toEqual([]);
    expect(members('Tom Keller, a shareholder in Greenpeace, said so.')).toEqual([]);
    expect(members('Tom Keller, a former analyst in energy at Greenpeace, said so.')).toEqual([]);
  });
});

describe('a title read off "used to"', () => {
  it('gives no office: "X, who used to head Y" is a former head', () => {
    expect(roles('Tom Keller, who used to head Greenpeace, said so.')).toEqual([]);
    expect(leads('Tom Keller, who was appointed to head Greenpeace last year, said so.')).toEqual([
      'LEADS person:tom-keller org:greenpeace',
    ]);
  });
});
