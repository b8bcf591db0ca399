import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

describe('party names bound to one country', () => {
  it('binds the country’s party only where the article names that country, or none', () => {
    expect(body('Crowds gathered. The Democrats won.').ids).toContain('org:democratic-party-us');
    expect(body('Crowds gathered. US voters backed the Democrats.').ids).toContain(
      'org:democratic-party-us',
    );
  });

  it('leaves the party unbound beside other countries only', () => {
    const a = body(
      'Crowds gathered in Rome. In Italy the Democratic Party won and the Democrats cheered.',
    );
    expect(a.ids).not.toContain('org:democratic-party-us');
    const party = a.byId('org:democratic-party');
    expect(party?.type).toBe('Organization');
    expect(party?.attributes?.['state']).toBeUndefined();
  });
});
