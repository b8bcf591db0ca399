import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline.js';

// Acronyms said as words, in the title case of British house style (issue 10).

function entities(sentence: string): string[] {
  return extract(`Headline\n\n${sentence}`, { id: 't' }).entities.map((e) => e.id);
}

describe('title-case acronyms', () => {
  it('reads "Nato", "Opec" and "Fifa" as the bodies their capitals name', () => {
    expect(entities('Russia opposed the plans of Nato on Monday.')).toContain('org:nato');
    expect(entities('Saudi Arabia wants Opec to cut output.')).toContain('org:opec');
    expect(entities('The ban by Fifa was lifted.')).toContain('org:fifa');
  });

  it("leaves a company's or think tank's short name that is also a name alone", () => {
    const found = entities('Senator Rand Paul spoke on Monday.');
    expect(found).toContain('person:rand-paul');
    expect(found).not.toContain('org:rand');
  });
});
