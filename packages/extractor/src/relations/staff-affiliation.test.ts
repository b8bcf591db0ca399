import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('staffAffiliations', () => {
  it('reads "X, a Haiti expert at Y" as membership only: an expert quoted speaks for himself', () => {
    expect(roles('"It is bad," said Tom Keller, a Haiti expert at Amnesty International.')).toEqual(
      ['MEMBER_OF person:tom-keller org:amnesty-international'],
    );
  });

  it('reads "X, a young activist with the Y party" as membership of a party', () => {
    expect(roles('"It is bad," said Tom Keller, a young activist with the Green Party.')).toEqual([
      'MEMBER_OF person:tom-keller org:green-party',
    ]);
  });

  it('reads "X of the US think-tank Y" as "X of Y"', () => {
    expect(roles('Tom Keller of the US think-tank Amnesty International said so.')).toEqual([
      'MEMBER_OF person:tom-keller org:amnesty-international',
      'REPRESENTS person:tom-keller org:amnesty-international',
    ]);
  });

  it('reads "X, who worked for Y" as no membership: he may have left', () => {
    expect(roles('Tom Keller, who worked for Amnesty International for years, spoke.')).toEqual([]);
    expect(roles('Tom Keller, who plays for Bayern Munich, scored twice.')).toContain(
      'MEMBER_OF person:tom-keller org:bayern-munich',
    );
  });

  it('gives nothing when the name only modifies a noun or another name stands between', () => {
    expect(roles('Tom Keller, a visitor at the Siemens plant, said so.')).toEqual([]);
    const found = roles('Tom Keller, a friend of Ann Roux at Siemens, said so.');
    expect(found.filter((r) => r.includes('tom-keller'))).toEqual([]);
  });
});
