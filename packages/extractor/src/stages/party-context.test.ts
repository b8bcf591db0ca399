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

  it('keeps the party bound when the story also calls it by its listed acronym, not by one it defines', () => {
    const gop = body(
      'Ana Ruiz gave the GOP response. Her parents came from India. Republicans cheered.',
    );
    expect(gop.ids).toContain('org:republican-party-us');
    expect(gop.ids).not.toContain('org:republican-party');
    const defined = body(
      'In Romania the Social Democratic Party (PSD) won. Its leader spoke in Bucharest.',
    );
    expect(defined.ids).not.toContain('org:spd');
  });
});
