import { describe, expect, it } from 'vitest';
import { body } from './test-helpers.js';

const typed = (text: string): string[] => body(text).entities.map((e) => `${e.type} ${e.name}`);

describe('emitAcronymCompound', () => {
  it("reads a listed body's acronym hyphenated onto an unlisted word in capitals as another body", () => {
    const found = typed('The talks were shown live on CNN-NEWSLINE on Monday.');
    expect(found).toContain('Organization CNN-NEWSLINE');
    expect(found).not.toContain('Organization CNN');
  });

  it('keeps two listed names joined by a hyphen apart', () => {
    const found = typed('The EU-NATO meeting in Oslo ended early.');
    expect(found).toContain('Organization European Union');
    expect(found).toContain('Organization NATO');
  });
});

describe('emitPlaceCompound', () => {
  it('reads a listed place hyphenated onto an unlisted word as one place', () => {
    const found = typed('Talks went on. The state of Saxony-Velmark announced a ban.');
    expect(found).toContain('Location Saxony-Velmark');
    expect(found.filter((e) => e.startsWith('Person'))).toEqual([]);
  });

  it('keeps two listed places joined by a hyphen apart', () => {
    const found = typed('Talks went on. The Berlin-Moscow line was closed.');
    expect(found).toContain('Location Berlin');
    expect(found).toContain('Location Moscow');
  });
});
