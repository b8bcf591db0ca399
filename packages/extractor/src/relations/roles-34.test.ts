import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe("a bank's governor heads the bank (title-nouns.json headsByNameWord)", () => {
  it('gives LEADS for the governor of a body whose name holds "Bank"', () => {
    expect(roles('Bank of Ardania Governor Tom Keller said rates would stay low.')).toContain(
      'LEADS person:tom-keller org:bank-of-ardania',
    );
    expect(
      roles('Tom Keller, governor of the Bank of Ardania, said rates would stay low.'),
    ).toContain('LEADS person:tom-keller org:bank-of-ardania');
  });

  it('keeps a deputy, one governor of several and a former governor apart', () => {
    expect(roles('Bank of Ardania Deputy Governor Tom Keller said rates would stay low.')).toEqual([
      'REPRESENTS person:tom-keller org:bank-of-ardania',
    ]);
    expect(
      roles('Tom Keller, a governor of the Bank of Ardania, said rates would stay low.'),
    ).toEqual(['REPRESENTS person:tom-keller org:bank-of-ardania']);
    expect(roles('Former Bank of Ardania Governor Tom Keller said rates would stay low.')).toEqual(
      [],
    );
  });

  it('leaves the governor of a body of another name an officer', () => {
    expect(
      roles('Tom Keller, a Kestrel Foundation governor, said the fund would grow.'),
    ).not.toContain('LEADS person:tom-keller org:kestrel-foundation');
  });
});
