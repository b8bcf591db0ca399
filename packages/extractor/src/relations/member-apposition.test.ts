import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

const members = (text: string): string[] => roles(text).filter((r) => r.startsWith('MEMBER_OF'));

describe('memberAppositions', () => {
  it('reads a description with "of", "at" or "with" before a body of people as membership', () => {
    expect(members('Tom Keller, the manager of Greenpeace, said the plan was bad.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
    expect(members('Tom Keller, a marine biologist with Greenpeace, said so.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
    expect(
      members('Tom Keller, head of the legal team at Amnesty International, said so.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:amnesty-international']);
  });

  it('reads "editor in chief", two roles joined by "and" and a place in the description', () => {
    expect(members('Tom Keller, editor in chief of daily newspaper Kathimerini, said so.')).toEqual(
      ['MEMBER_OF person:tom-keller org:kathimerini'],
    );
    expect(
      members('Tom Keller, an activist and head of the legal team at Greenpeace, said so.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:greenpeace']);
    expect(members('Tom Keller, an expert on Chinese trade at Greenpeace, said so.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
  });

  it('reads past a place the description names: "an expert on Xinjiang at Y"', () => {
    expect(
      members('Tom Keller, an expert on Tibet politics at Indiana University, said so.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:indiana-university']);
    expect(members('Tom Keller, who lives in Tibet, praised Indiana University.')).toEqual([]);
  });

  it('reads a copula and a kind noun after the name: "X is a scientist with Y", "the Y union"', () => {
    expect(members('Tom Keller is a political scientist with Greenpeace.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
    expect(members('Tom Keller, leader of the Greenpeace trade union, said so.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
    expect(members('Tom Keller is in talks with Greenpeace.')).toEqual([]);
  });

  it('reads "X, whose Y party voted" as membership of the party', () => {
    expect(
      members('Opposition leader Tom Keller, whose Green Party voted against the bill, spoke.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:green-party']);
  });

  it('reads "X, of the Y party" as membership even after a title of another body', () => {
    expect(
      members('Health Minister Tom Keller, of the Green Party, said the plan was bad.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:green-party']);
  });

  it('reads "X\'s club Y" as membership', () => {
    expect(members("Tom Keller's club Bayern Munich has lost twice.")).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
  });

  it('reads a party or club in brackets after the name as membership', () => {
    expect(members('Ann Roux (Green Party) said the plan was bad.')).toEqual([
      'MEMBER_OF person:ann-roux org:green-party',
    ]);
    expect(members('Tom Keller (Bayern Munich) scored twice.')).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
    expect(members('Tom Keller (Greenpeace) said so.')).toEqual([]);
  });

  it('reads "X\'s conservative Y party" as membership of the party, not "X\'s rival party Y"', () => {
    expect(members("Ann Roux's conservative Green Party has few supporters.")).toEqual([
      'MEMBER_OF person:ann-roux org:green-party',
    ]);
    expect(members("Ann Roux's rival Green Party has few supporters.")).toEqual([]);
  });

  it('gives nothing for a critic, a lawyer, a former member or a clause', () => {
    expect(members('Tom Keller, a critic of Greenpeace, said the plan was bad.')).toEqual([]);
    expect(members('Tom Keller, a lawyer for Greenpeace, said the plan was bad.')).toEqual([]);
    expect(members('Tom Keller, a former manager at Greenpeace, said so.')).toEqual([]);
    expect(members('Tom Keller, speaking at Greenpeace in London, said so.')).toEqual([]);
  });

  it('gives nothing for a government body, a possessive name or a name before a noun', () => {
    expect(members('Tom Keller, an economist at the Bank of England, said so.')).toEqual([]);
    expect(members("Tom Keller, speaking at Greenpeace's annual meeting, said so.")).toEqual([]);
    expect(members('Tom Keller, a visitor at the Greenpeace office, said so.')).toEqual([]);
  });

  it('gives a bare "X, of Y" nothing for a state body', () => {
    expect(members('Tom Keller, of the Bank of England, said so.')).toEqual([]);
  });

  it('reads a place-based body: "a biologist with Hamburg-based Y" (no participle)', () => {
    expect(
      members('Tom Keller, a marine biologist with Hamburg-based Greenpeace, said so.'),
    ).toEqual(['MEMBER_OF person:tom-keller org:greenpeace']);
  });
});
