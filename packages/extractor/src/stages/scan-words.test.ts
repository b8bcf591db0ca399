import { describe, expect, it } from 'vitest';
import { SCAN_WORDS } from './scan-words.js';

describe('SCAN_WORDS', () => {
  it('loads every word class of the mention rules from the data file', () => {
    expect(SCAN_WORDS.connectors.has('of')).toBe(true);
    expect(SCAN_WORDS.nameParticles.has('der')).toBe(true);
    expect(SCAN_WORDS.genericOrgWords.has('Ministry')).toBe(true);
    for (const words of Object.values(SCAN_WORDS)) expect(words.size).toBeGreaterThan(0);
  });
});
