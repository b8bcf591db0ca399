import { describe, expect, it } from 'vitest';
import { entityId, slugify, unicodeSlug } from './ids.js';

describe('entityId', () => {
  it('uses the ISO alpha-3 code for states', () => {
    expect(entityId('State', 'FRA')).toBe('state:FRA');
  });
  it('slugs names, folding accents and apostrophes', () => {
    expect(entityId('Person', 'Recep Tayyip Erdoğan')).toBe('person:recep-tayyip-erdogan');
    expect(entityId('Organization', "People's Party")).toBe('org:peoples-party');
    expect(slugify('  --NATO--  ')).toBe('nato');
  });
  it('gives the same id again for a key asked before, by type', () => {
    expect(entityId('Person', 'Ana Brnabić')).toBe('person:ana-brnabic');
    expect(entityId('Person', 'Ana Brnabić')).toBe('person:ana-brnabic');
    expect(entityId('Organization', 'Ana Brnabić')).toBe('org:ana-brnabic');
    expect(entityId('State', 'SRB')).toBe('state:SRB');
    expect(entityId('Person', 'SRB')).toBe('person:srb');
  });
  it('slugs ASCII text as the Unicode passes do', () => {
    // The general slug's Unicode passes are the reference the one-pass ASCII slug must match.
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
    const texts = ascii.flatMap((a) => [`${a}Dara ${a}Velk${a}`, `O${a}${a}Neil 9${a}`]);
    texts.push('', "'", '--', "Dara O'Neil-Velk Jr.", 'AT&T Inc.', '  --NATO--  ', 'a`b');
    for (const text of texts) expect(slugify(text), JSON.stringify(text)).toBe(unicodeSlug(text));
    expect(slugify('Erdoğan’s  Party')).toBe('erdogans-party');
  });
});
