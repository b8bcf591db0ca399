import { describe, expect, it } from 'vitest';
import { entityNames } from './entity-naming.js';

describe('entityNames', () => {
  it('takes the name most articles use, not the longest', () => {
    const named = entityNames('Organization', [
      { name: 'NATO', aliases: ['NATO'], count: 1 },
      { name: 'NATO', aliases: ['NATO', 'the alliance'], count: 2 },
      { name: 'North Atlantic Treaty Organisation', aliases: ['NATO'], count: 5 },
    ]);
    expect(named.name).toBe('NATO');
    expect(named.aliases).toEqual(['NATO', 'North Atlantic Treaty Organisation', 'the alliance']);
  });

  it('never names a person by a surname beside a full name', () => {
    const named = entityNames('Person', [
      { name: 'Blair', aliases: ['Blair'], count: 3 },
      { name: 'Blair', aliases: ['Blair'], count: 1 },
      { name: 'Tony Blair', aliases: ['Tony Blair', 'Blair'], count: 1 },
    ]);
    expect(named.name).toBe('Tony Blair');
  });

  it('keeps only allowed attributes, each its most common valid value', () => {
    const named = entityNames('State', [
      { name: 'France', aliases: [], count: 1, attributes: { iso3: 'FRA', member: true } },
      { name: 'France', aliases: [], count: 1, attributes: { iso3: 'FRA', founded: 843 } },
      { name: 'France', aliases: [], count: 1, attributes: { iso3: "FRA'}) DETACH DELETE n" } },
    ]);
    expect(named.attributes).toEqual({ iso3: 'FRA' });
  });
});
