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
