import { describe, expect, it } from 'vitest';
import { roles } from './test-roles.js';

describe('representVerbs', () => {
  it('reads "X will represent Y at ..." as X speaking for Y', () => {
    expect(roles('Gordon Brown will represent the World Bank at the talks in Lima.')).toEqual([
      'REPRESENTS person:gordon-brown org:world-bank',
    ]);
  });

  it('reads "X, who represents Y," and "X, representing Y,"', () => {
    expect(roles('Gordon Brown, who represents the World Bank in Asia, said it was fair.')).toEqual(
      ['REPRESENTS person:gordon-brown org:world-bank'],
    );
    expect(roles('Gordon Brown, representing the World Bank, said it was fair.')).toEqual([
      'REPRESENTS person:gordon-brown org:world-bank',
    ]);
  });

  it('gives nothing when negated, merely possible, or when the one represented is a person', () => {
    expect(roles('Gordon Brown does not represent the World Bank, the bank said.')).toEqual([]);
    expect(roles('Gordon Brown may represent the World Bank, the bank said.')).toEqual([]);
    expect(
      roles('Lawyer Louise Parker, who represents Peter Doyle, said the government should act.'),
    ).toEqual([]);
  });
});
