import { describe, expect, it } from 'vitest';
import { namesClaimedTwice, organizationData, type OrganizationData } from './organization-data.js';

const data = (entries: OrganizationData['entries']): OrganizationData => ({
  spellings: [['Organisation', 'Organization']],
  entries,
});

describe('namesClaimedTwice', () => {
  it('finds a name that two entries claim', () => {
    const found = namesClaimedTwice(
      data([
        ['velto-party', 'Velto Party', 'party', ['VP']],
        ['velto-party-2', 'Velto Party', 'party', []],
      ]),
    );
    expect(found).toEqual(['Velto Party: velto-party, velto-party-2']);
  });

  it("finds an alias that is another entry's name", () => {
    const found = namesClaimedTwice(
      data([
        ['kelvaro', 'Kelvaro', 'company', ['Kelvaro Holdings']],
        ['kelvaro-holdings', 'Kelvaro Holdings', 'company', []],
      ]),
    );
    expect(found).toEqual(['Kelvaro Holdings: kelvaro, kelvaro-holdings']);
  });

  it('finds an alias that only spells the name the other way', () => {
    const found = namesClaimedTwice(
      data([['wbo', 'World Bread Organization', 'igo', ['World Bread Organisation']]]),
    );
    expect(found).toHaveLength(2);
  });

  it('takes names that differ in case or spelling words apart as distinct', () => {
    const found = namesClaimedTwice(
      data([
        ['unawe', 'UNAWE', 'un', ['Unawe']],
        ['wbo', 'World Bread Organization', 'igo', ['WBO']],
      ]),
    );
    expect(found).toEqual([]);
  });

  it('finds no name claimed twice in the bundled organizations.json', () => {
    expect(namesClaimedTwice(organizationData())).toEqual([]);
  });
});
