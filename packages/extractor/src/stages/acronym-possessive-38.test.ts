import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline.js';

const mentions = (text: string): string[] =>
  analyze(text, { headline: false }).mentions.map((m) => `${m.text}=${m.entityId}`);

// Sentences written for these tests.
describe("noteAcronym: an acronym in parentheses after a name's possessive", () => {
  it('names the organization in the rest of the article', () => {
    const found = mentions(
      "The Hallmark Engineering Association's (HEA) trade expert, Lena Ostrow, expects growth. " +
        'Karl Ostler, the president of the HEA, agreed.',
    );
    expect(found).toContain(
      'Hallmark Engineering Association=org:hallmark-engineering-association',
    );
    expect(found).toContain('HEA=org:hallmark-engineering-association');
  });

  it('leaves a bracket after a possessive that holds no acronym alone', () => {
    const found = mentions("The Hallmark Engineering Association's (founded 1950) members met.");
    expect(found).toEqual([
      'Hallmark Engineering Association=org:hallmark-engineering-association',
    ]);
  });
});
