import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests.
describe("statesOwnHead: a state's possessive before a lone body word", () => {
  it('names the state\'s own body, as "the Italian Senate" does', () => {
    const owned = mentions("Italy's Senate passed the reform on Tuesday.");
    expect(owned).toContain('Senate=org:senate-of-italy');
    expect(mentions('The Italian Senate passed the reform on Tuesday.')).toContain(
      'Senate=org:senate-of-italy',
    );
  });

  it('names the cabinet and the congress of the state', () => {
    expect(mentions("Japan's Cabinet approved the budget.")).toContain(
      'Cabinet=org:cabinet-of-japan',
    );
    expect(mentions("Brazil's Congress rejected the budget.")).toContain(
      'Congress=org:congress-of-brazil',
    );
  });

  it("takes the state's listed body where the lexicon has it", () => {
    expect(mentions("America's Senate voted late at night.")).toContain('Senate=org:us-senate');
  });

  it('reads "Senate leader" after the body as its office, not a person', () => {
    const found = mentions("Italy's Senate leader Ugo Bassi spoke to reporters.");
    expect(found).toContain('Senate=org:senate-of-italy');
    expect(found).toContain('Ugo Bassi=person:ugo-bassi');
  });

  it('splits the body from a title and a name after it', () => {
    const found = mentions("Italy's Senate President Ugo Bassi spoke to reporters.");
    expect(found).toContain('Senate=org:senate-of-italy');
    expect(found).toContain('Ugo Bassi=person:ugo-bassi');
  });

  it("names no body for the members, a lower-case noun, or a title's office", () => {
    expect(mentions("Italy's senators voted against it.").join(' ')).not.toMatch(/org:/);
    expect(mentions("Russia's parliament voted against it.").join(' ')).not.toMatch(/org:/);
    expect(mentions("The Sheriff's Office said it would appeal.")).toEqual([]);
  });

  it('names no body after the possessive of a person', () => {
    expect(mentions("Ugo Bassi's Senate speech ran long.").join(' ')).not.toMatch(/org:senate/);
  });
});
