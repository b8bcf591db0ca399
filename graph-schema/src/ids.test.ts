import { describe, expect, it } from 'vitest';
import { entityId, slugify } from './ids.js';

describe('entityId', () => {
  it('uses the ISO alpha-3 code for states', () => {
    expect(entityId('State', 'FRA')).toBe('state:FRA');
  });
  it('slugs names, folding accents and apostrophes', () => {
    expect(entityId('Person', 'Recep Tayyip Erdoğan')).toBe('person:recep-tayyip-erdogan');
    expect(entityId('Organization', "People's Party")).toBe('org:peoples-party');
    expect(slugify('  --NATO--  ')).toBe('nato');
  });
});
