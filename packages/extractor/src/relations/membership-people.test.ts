import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

function members(text: string): string[] {
  return extract(`Headline\n\n${text}`, { id: 't' })
    .relations.filter((r) => r.type === 'MEMBER_OF' || r.type === 'REPRESENTS')
    .map((r) => `${r.type} ${r.source} ${r.target}`);
}

describe('membershipNouns', () => {
  it('reads "[party] politician X" and "X, a [party] politician" as party membership', () => {
    expect(members('Green Party politician Tom Keller spoke in Leeds.')).toEqual([
      'MEMBER_OF person:tom-keller org:green-party',
    ]);
    expect(members('Tom Keller, a Green Party politician, spoke in Leeds.')).toEqual([
      'MEMBER_OF person:tom-keller org:green-party',
    ]);
  });

  it('reads "X, of the Y Party" as membership, not as speaking for the party', () => {
    expect(members('Tom Keller, of the Green Party, spoke in Leeds.')).toEqual([
      'MEMBER_OF person:tom-keller org:green-party',
    ]);
  });

  it('reads "X, who joined Y" as membership of Y', () => {
    expect(members('Tom Keller, who joined Amnesty International last year, spoke.')).toEqual([
      'MEMBER_OF person:tom-keller org:amnesty-international',
    ]);
  });

  it('reads "X scored for Y" and "Y attacker X" as membership of a club', () => {
    expect(members('Tom Keller scored for Bayern Munich on Saturday.')).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
    expect(members('Bayern Munich attacker Tom Keller was injured.')).toEqual([
      'MEMBER_OF person:tom-keller org:bayern-munich',
    ]);
  });

  it('reads "X, who works for Y" as membership of a body of people, not of a state body', () => {
    expect(members('Tom Keller, who works for Greenpeace, spoke in Leeds.')).toEqual([
      'MEMBER_OF person:tom-keller org:greenpeace',
    ]);
    expect(members('Tom Keller, who works for the Bank of England, spoke in Leeds.')).toEqual([]);
    expect(members('Tom Keller, a welder who works for Siemens, was hurt.')).toEqual([
      'MEMBER_OF person:tom-keller org:siemens',
    ]);
    expect(members('Tom Keller, who works for the Siemens plant in Leeds, was hurt.')).toEqual([]);
  });

  it('gives nothing for a former member', () => {
    expect(members('Former Green Party politician Tom Keller spoke in Leeds.')).toEqual([]);
    expect(members('Tom Keller, a former Green Party politician, spoke in Leeds.')).toEqual([]);
  });

  it('gives nothing when the noun is no membership ("Green Party voter")', () => {
    expect(members('Green Party voter Tom Keller spoke in Leeds.')).toEqual([]);
  });
});
